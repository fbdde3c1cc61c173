package org.migportal.web.forums;

import org.migportal.forum.boundary.ForumFilter;
import org.migportal.forum.boundary.ForumRow;
import org.migportal.forum.boundary.Forums;
import org.migportal.web.faces.ListExport;

/** The forum list's columns for CSV and Excel, taken from the list's own search. */
public final class ForumListExport {

    private ForumListExport() {
    }

    public static ListExport<ForumRow> of(Forums forums, ForumFilter filter) {
        return ListExport.<ForumRow>of("forums", page -> forums.search(filter, page))
                .column("field.code", row -> row.forum().getCode())
                .column("field.name", row -> row.forum().getName())
                .column("field.country", row -> row.forum().getCountry().getName())
                .column("field.district", row -> row.forum().getDistrict().getName())
                .column("field.marketSystem", row -> row.forum().getMarketSystem())
                .column("field.changeArea", row -> row.forum().getChangeArea())
                .column("field.status", row -> row.forum().getStatus())
                .column("field.establishedOn", row -> row.forum().getEstablishedOn())
                .column("field.meetingFrequency", row -> row.forum().getMeetingFrequency())
                .column("forums.list.members", ForumRow::currentMembers);
    }
}
