package org.migportal.support.entity;

/** What a programme gave a forum. */
public enum SupportKind {
    /** A facilitator's time, meeting costs. */
    FACILITATION,
    /** Money towards the forum's activities. */
    SUBSIDY,
    TRAINING,
    /** Goods or services other than money, valued in the amount. */
    IN_KIND
}
