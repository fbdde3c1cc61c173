package org.migportal.web.api.communication;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;
import org.migportal.communication.entity.CommunicationChannel;
import org.migportal.communication.entity.CommunicationEntry;
import org.migportal.communication.entity.CommunicationKind;
import org.migportal.communication.entity.CommunicationPurpose;
import org.migportal.communication.entity.ExternalAudience;

/**
 * A new log entry, or an entry's corrected details. The entry entity validates the fields.
 *
 * @param version  for a change: the version it was made on; ignored when creating
 * @param forumId  the forum whose log it is; an entry cannot move to another forum
 * @param partyIds the forum's members who took part (two for member-to-member, one for internal)
 * @param audience for external communication only
 */
public record CommunicationEntryRequest(
        Long version,
        @NotNull Long forumId,
        LocalDate happenedOn,
        CommunicationKind kind,
        ExternalAudience audience,
        CommunicationChannel channel,
        CommunicationPurpose purpose,
        Set<Long> partyIds,
        String outsideParties,
        String summary,
        String followUp,
        String outcome) {

    Set<Long> parties() {
        return partyIds == null ? Set.of() : partyIds;
    }

    void applyTo(CommunicationEntry entry) {
        entry.setHappenedOn(happenedOn);
        entry.setKind(kind);
        entry.setAudience(audience);
        entry.setChannel(channel);
        entry.setPurpose(purpose);
        entry.setOutsideParties(outsideParties);
        entry.setSummary(summary);
        entry.setFollowUp(followUp);
        entry.setOutcome(outcome);
    }
}
