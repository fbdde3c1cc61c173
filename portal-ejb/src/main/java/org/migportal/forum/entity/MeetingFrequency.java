package org.migportal.forum.entity;

/** How often a forum usually meets. */
public enum MeetingFrequency {
    WEEKLY, FORTNIGHTLY, MONTHLY, BIMONTHLY, QUARTERLY, AS_NEEDED
}
