package org.migportal.web.actors;

import org.migportal.member.boundary.ActorFilter;
import org.migportal.member.boundary.ActorRow;
import org.migportal.member.boundary.MarketActors;
import org.migportal.web.faces.ListExport;

/** The market actor list's columns for CSV and Excel, taken from the list's own search. */
public final class ActorListExport {

    private ActorListExport() {
    }

    public static ListExport<ActorRow> of(MarketActors actors, ActorFilter filter) {
        return ListExport.<ActorRow>of("market-actors", page -> actors.search(filter, page))
                .column("field.name", row -> row.actor().getName())
                .column("field.actorType", row -> row.actor().getActorType())
                .column("field.country", row -> row.actor().getCountry().getName())
                .column("field.district", row -> row.actor().getDistrict() == null ? null : row.actor().getDistrict().getName())
                .column("field.phone", row -> row.actor().getPhone())
                .column("field.email", row -> row.actor().getEmail())
                .column("actors.list.members", ActorRow::members);
    }
}
