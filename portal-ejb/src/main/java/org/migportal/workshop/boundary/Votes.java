package org.migportal.workshop.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import org.migportal.workshop.entity.WorkshopConstraint;

/** The votes counted for one constraint, on the version of the constraint they were counted against. */
public record Votes(long constraintId, long version, @Min(0) @Max(WorkshopConstraint.MAX_VOTES) int votes) implements Serializable {
}
