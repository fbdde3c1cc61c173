package org.migportal.meeting.entity;

import java.util.Set;

/**
 * What became of a commitment. The guidance asks members to keep their word or to say when they
 * cannot: renegotiated (a new date) and communicated as not possible are honest outcomes, broken is not.
 */
public enum CommitmentStatus {
    OPEN,
    KEPT,
    RENEGOTIATED,
    NOT_POSSIBLE,
    BROKEN;

    /** Still expected to be done by its date. */
    public boolean isPending() {
        return this == OPEN || this == RENEGOTIATED;
    }

    public static Set<CommitmentStatus> pending() {
        return Set.of(OPEN, RENEGOTIATED);
    }
}
