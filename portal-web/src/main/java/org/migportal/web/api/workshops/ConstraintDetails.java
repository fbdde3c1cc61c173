package org.migportal.web.api.workshops;

import org.migportal.forum.entity.ChangeArea;
import org.migportal.forum.entity.Forum;
import org.migportal.web.api.members.MembershipDetails.ForumRef;
import org.migportal.workshop.boundary.ConstraintRow;
import org.migportal.workshop.entity.WorkshopConstraint;

/**
 * A constraint a workshop's participants identified, its votes and rank (equal votes share a rank),
 * and the forum set up for it, if any; {@code version} is what a change must name.
 */
public record ConstraintDetails(
        long id,
        long version,
        long workshopId,
        int rank,
        String name,
        String description,
        ChangeArea changeArea,
        int votes,
        ForumRef forum) {

    static ConstraintDetails of(ConstraintRow row) {
        Forum forum = row.forum();
        return of(row.constraint(), row.rank(), forum == null ? null : new ForumRef(forum.getId(), forum.getCode(), forum.getName()));
    }

    static ConstraintDetails of(WorkshopConstraint constraint, int rank, ForumRef forum) {
        return new ConstraintDetails(constraint.getId(), constraint.getVersion(), constraint.getWorkshop().getId(), rank,
                constraint.getName(), constraint.getDescription(), constraint.getChangeArea(), constraint.getVotes(), forum);
    }
}
