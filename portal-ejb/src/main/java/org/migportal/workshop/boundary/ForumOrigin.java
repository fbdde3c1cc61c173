package org.migportal.workshop.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Where a forum came from: the market-mapping workshop it was set up at and the constraint it was
 * set up for, as the forum's page shows it to anyone who may read the forum.
 */
public record ForumOrigin(
        long workshopId,
        LocalDate heldOn,
        String district,
        String marketSystem,
        long constraintId,
        String constraint,
        int votes,
        int participants) implements Serializable {
}
