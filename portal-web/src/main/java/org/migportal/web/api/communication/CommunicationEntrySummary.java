package org.migportal.web.api.communication;

import java.time.LocalDate;
import java.util.List;
import org.migportal.communication.boundary.CommunicationRow;
import org.migportal.communication.entity.CommunicationChannel;
import org.migportal.communication.entity.CommunicationEntry;
import org.migportal.communication.entity.CommunicationKind;
import org.migportal.communication.entity.CommunicationPurpose;
import org.migportal.communication.entity.ExternalAudience;
import org.migportal.web.api.members.MembershipDetails.ForumRef;
import org.migportal.web.api.members.MemberRef;

/** A log entry as a list shows it, with the members who took part (no name where withheld). */
public record CommunicationEntrySummary(
        long id,
        ForumRef forum,
        LocalDate happenedOn,
        CommunicationKind kind,
        ExternalAudience audience,
        CommunicationChannel channel,
        CommunicationPurpose purpose,
        List<MemberRef> parties,
        String outsideParties,
        String summary) {

    static CommunicationEntrySummary of(CommunicationRow row) {
        CommunicationEntry entry = row.entry();
        return new CommunicationEntrySummary(entry.getId(), CommunicationEntryDetails.forumRef(entry), entry.getHappenedOn(),
                entry.getKind(), entry.getAudience(), entry.getChannel(), entry.getPurpose(), row.parties().stream().map(CommunicationEntryDetails::memberRef).toList(),
                entry.getOutsideParties(), entry.getSummary());
    }
}
