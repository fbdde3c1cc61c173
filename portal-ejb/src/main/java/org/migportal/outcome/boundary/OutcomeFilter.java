package org.migportal.outcome.boundary;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.migportal.outcome.entity.OutcomeType;

/**
 * The filters of the outcome list; any of them may be null (no filter). The period includes both days;
 * {@code beyondMembers} true keeps the outcomes that reach beyond the forum's members.
 */
public record OutcomeFilter(
        @Size(max = 2) String countryIso,
        Long forumId,
        OutcomeType type,
        LocalDate from,
        LocalDate to,
        Boolean beyondMembers,
        @Size(max = 100) String text) implements Serializable {

    public static OutcomeFilter none() {
        return new OutcomeFilter(null, null, null, null, null, null, null);
    }

    public static OutcomeFilter ofForum(long forumId) {
        return new OutcomeFilter(null, forumId, null, null, null, null, null);
    }
}
