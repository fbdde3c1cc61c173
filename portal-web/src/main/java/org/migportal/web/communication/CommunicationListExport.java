package org.migportal.web.communication;

import java.util.stream.Collectors;
import org.migportal.communication.boundary.CommunicationFilter;
import org.migportal.communication.boundary.CommunicationLog;
import org.migportal.communication.boundary.CommunicationRow;
import org.migportal.web.faces.ListExport;
import org.migportal.web.faces.Labels;

/** The communication log's columns for CSV and Excel, from the list's own search. */
public final class CommunicationListExport {

    private CommunicationListExport() {
    }

    public static ListExport<CommunicationRow> of(CommunicationLog log, CommunicationFilter filter) {
        return ListExport.<CommunicationRow>of("communication-log", page -> log.search(filter, page))
                .column("field.happenedOn", row -> row.entry().getHappenedOn())
                .column("field.forum", row -> row.entry().getForum().getCode() + " " + row.entry().getForum().getName())
                .column("field.communicationKind", row -> row.entry().getKind())
                .column("field.audience", row -> row.entry().getAudience())
                .column("field.channel", row -> row.entry().getChannel())
                .column("field.purpose", row -> row.entry().getPurpose())
                .column("field.parties", row -> row.parties().stream().map(Labels::nameOf)
                        .collect(Collectors.joining(", ")))
                .column("field.outsideParties", row -> row.entry().getOutsideParties())
                .column("field.summary", row -> row.entry().getSummary())
                .column("field.followUp", row -> row.entry().getFollowUp())
                .column("field.outcome", row -> row.entry().getOutcome());
    }
}
