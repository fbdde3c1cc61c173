package org.migportal.web.api.actors;

import org.migportal.member.boundary.ActorRow;
import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.MarketActor;
import org.migportal.web.api.CountryRef;
import org.migportal.web.api.DistrictRef;

/** A market actor as a list shows it, with how many members represent it. */
public record ActorSummary(long id, String name, ActorType actorType, CountryRef country, DistrictRef district,
        long members) {

    static ActorSummary of(ActorRow row) {
        MarketActor actor = row.actor();
        return new ActorSummary(actor.getId(), actor.getName(), actor.getActorType(), CountryRef.of(actor.getCountry()),
                DistrictRef.of(actor.getDistrict()), row.members());
    }
}
