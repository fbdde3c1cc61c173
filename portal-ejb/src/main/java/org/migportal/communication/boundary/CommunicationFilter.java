package org.migportal.communication.boundary;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.migportal.communication.entity.CommunicationKind;
import org.migportal.communication.entity.CommunicationPurpose;

/** The filters of the communication log; any of them may be null (no filter). The period includes both days. */
public record CommunicationFilter(
        @Size(max = 2) String countryIso,
        Long forumId,
        CommunicationKind kind,
        CommunicationPurpose purpose,
        LocalDate from,
        LocalDate to,
        @Size(max = 100) String text) implements Serializable {

    public static CommunicationFilter none() {
        return new CommunicationFilter(null, null, null, null, null, null, null);
    }

    public static CommunicationFilter ofForum(long forumId) {
        return new CommunicationFilter(null, forumId, null, null, null, null, null);
    }
}
