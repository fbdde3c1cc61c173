package org.migportal.forum.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * A forum's lifecycle. The guidance: a forum may run out of steam; facilitation tries to
 * re-energise it (new members, a revisited work-plan); it may lie dormant; when it stops for good
 * its experience and learning must be captured, so closing is final and asks for lessons learned.
 */
public enum ForumStatus {
    PROPOSED, ACTIVE, RE_ENERGISING, DORMANT, CLOSED;

    public Set<ForumStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(ACTIVE, CLOSED);
            case ACTIVE -> EnumSet.of(RE_ENERGISING, DORMANT, CLOSED);
            case RE_ENERGISING -> EnumSet.of(ACTIVE, DORMANT, CLOSED);
            case DORMANT -> EnumSet.of(RE_ENERGISING, ACTIVE, CLOSED);
            case CLOSED -> EnumSet.noneOf(ForumStatus.class);
        };
    }

    public boolean canMoveTo(ForumStatus target) {
        return next().contains(target);
    }
}
