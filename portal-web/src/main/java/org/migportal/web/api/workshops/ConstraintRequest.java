package org.migportal.web.api.workshops;

import jakarta.validation.constraints.NotNull;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.workshop.entity.WorkshopConstraint;

/**
 * A new constraint of a workshop, or a constraint's changed details and votes.
 *
 * @param version for a change: the version it was made on; ignored when adding
 */
public record ConstraintRequest(
        Long version,
        String name,
        String description,
        ChangeArea changeArea,
        @NotNull Integer votes) {

    void applyTo(WorkshopConstraint constraint) {
        constraint.setName(name);
        constraint.setDescription(description);
        constraint.setChangeArea(changeArea);
        constraint.setVotes(votes);
    }
}
