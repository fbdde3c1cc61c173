package org.migportal.web.api.outcomes;

import java.time.LocalDate;
import org.migportal.outcome.boundary.OutcomeRow;
import org.migportal.outcome.entity.Outcome;
import org.migportal.outcome.entity.OutcomeType;
import org.migportal.web.api.members.MembershipDetails.ForumRef;

/** An outcome as a list shows it, with how many evidence files back it. */
public record OutcomeSummary(
        long id,
        ForumRef forum,
        LocalDate occurredOn,
        OutcomeType type,
        String description,
        boolean reachesBeyondMembers,
        Integer estimatedBeneficiaries,
        LocalDate verifiedOn,
        long evidenceFiles) {

    static OutcomeSummary of(OutcomeRow row) {
        Outcome o = row.outcome();
        return new OutcomeSummary(o.getId(), OutcomeDetails.forumRef(o), o.getOccurredOn(), o.getType(), o.getDescription(),
                o.isReachesBeyondMembers(), o.getEstimatedBeneficiaries(), o.getVerifiedOn(), row.evidenceFiles());
    }
}
