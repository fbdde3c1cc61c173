package org.migportal.web.api.outcomes;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;
import org.migportal.outcome.entity.Outcome;
import org.migportal.outcome.entity.OutcomeType;

/**
 * A new outcome. The outcome entity validates the fields.
 *
 * @param forumId    the forum that achieved it: an open forum the caller may change
 * @param actionIds  actions of that forum that led to it
 * @param womenShare percent of the estimated beneficiaries, 0 to 100
 * @param youthShare percent of the estimated beneficiaries, 0 to 100
 */
public record OutcomeRequest(
        @NotNull Long forumId,
        LocalDate occurredOn,
        OutcomeType type,
        String description,
        boolean reachesBeyondMembers,
        String beyondMembersNote,
        Integer estimatedBeneficiaries,
        Integer womenShare,
        Integer youthShare,
        String evidenceNote,
        String verifiedBy,
        LocalDate verifiedOn,
        Set<Long> actionIds) {

    Set<Long> actions() {
        return actionIds == null ? Set.of() : actionIds;
    }

    void applyTo(Outcome outcome) {
        outcome.setOccurredOn(occurredOn);
        outcome.setType(type);
        outcome.setDescription(description);
        outcome.setReachesBeyondMembers(reachesBeyondMembers);
        outcome.setBeyondMembersNote(beyondMembersNote);
        outcome.setEstimatedBeneficiaries(estimatedBeneficiaries);
        outcome.setWomenShare(womenShare);
        outcome.setYouthShare(youthShare);
        outcome.setEvidenceNote(evidenceNote);
        outcome.setVerifiedBy(verifiedBy);
        outcome.setVerifiedOn(verifiedOn);
    }
}
