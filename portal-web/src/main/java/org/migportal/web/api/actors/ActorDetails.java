package org.migportal.web.api.actors;

import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.MarketActor;
import org.migportal.web.api.CountryRef;
import org.migportal.web.api.DistrictRef;

/** A market actor with its contact details; {@code version} is what a change must name. */
public record ActorDetails(long id, long version, String name, ActorType actorType, CountryRef country,
        DistrictRef district, String phone, String email) {

    static ActorDetails of(MarketActor actor) {
        return new ActorDetails(actor.getId(), actor.getVersion(), actor.getName(), actor.getActorType(),
                CountryRef.of(actor.getCountry()), DistrictRef.of(actor.getDistrict()), actor.getPhone(), actor.getEmail());
    }
}
