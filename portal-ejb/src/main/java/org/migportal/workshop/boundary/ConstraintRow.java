package org.migportal.workshop.boundary;

import java.io.Serializable;
import org.migportal.forum.entity.Forum;
import org.migportal.workshop.entity.WorkshopConstraint;

/**
 * A workshop's constraint in the ranking by votes (equal votes share a rank), with the forum set
 * up for it, if any.
 */
public record ConstraintRow(WorkshopConstraint constraint, int rank, Forum forum) implements Serializable {

    public boolean isForumSetUp() {
        return forum != null;
    }
}
