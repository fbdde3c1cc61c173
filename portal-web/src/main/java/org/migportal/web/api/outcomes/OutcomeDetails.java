package org.migportal.web.api.outcomes;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.migportal.forum.entity.Forum;
import org.migportal.outcome.entity.Outcome;
import org.migportal.outcome.entity.OutcomeEvidence;
import org.migportal.outcome.entity.OutcomeType;
import org.migportal.web.api.members.MembershipDetails.ForumRef;
import org.migportal.workplan.entity.Action;

/**
 * An outcome with everything recorded about it: who benefits, its verification, the actions that led to it
 * (by id) and its evidence files.
 *
 * @param womenShare percent of the estimated beneficiaries
 * @param youthShare percent of the estimated beneficiaries
 */
public record OutcomeDetails(
        long id,
        long version,
        ForumRef forum,
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
        List<Long> actionIds,
        List<EvidenceDetails> evidence) {

    static OutcomeDetails of(Outcome o, List<OutcomeEvidence> files) {
        return new OutcomeDetails(o.getId(), o.getVersion(), forumRef(o), o.getOccurredOn(), o.getType(),
                o.getDescription(), o.isReachesBeyondMembers(), o.getBeyondMembersNote(), o.getEstimatedBeneficiaries(),
                o.getWomenShare(), o.getYouthShare(), o.getEvidenceNote(), o.getVerifiedBy(), o.getVerifiedOn(),
                o.getActions().stream().map(Action::getId).sorted(Comparator.naturalOrder()).toList(),
                files.stream().map(EvidenceDetails::of).toList());
    }

    static ForumRef forumRef(Outcome outcome) {
        Forum forum = outcome.getForum();
        return new ForumRef(forum.getId(), forum.getCode(), forum.getName());
    }
}
