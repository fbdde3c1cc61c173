package org.migportal.web.api.members;

import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.MarketActor;

/** The market actor a member represents. */
public record ActorRef(long id, String name, ActorType actorType) {

    static ActorRef of(MarketActor actor) {
        return new ActorRef(actor.getId(), actor.getName(), actor.getActorType());
    }
}
