package org.migportal.web.api.actors;

import jakarta.validation.constraints.NotNull;
import org.migportal.geography.entity.District;
import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.MarketActor;

/**
 * A new market actor, or an actor's changed details. The actor entity validates the fields.
 *
 * @param version    for a change: the version it was made on; ignored when creating
 * @param districtId optional: where the actor is based, in its country
 */
public record ActorRequest(
        Long version,
        @NotNull String countryIso,
        Long districtId,
        String name,
        ActorType actorType,
        String phone,
        String email) {

    void applyTo(MarketActor actor, District district) {
        actor.setDistrict(district);
        actor.setName(name);
        actor.setActorType(actorType);
        actor.setPhone(phone);
        actor.setEmail(email);
    }
}
