package org.migportal.meeting.entity;

/** Where an agreed adaptation stands: agreed, taken into the forum's plan, done, or dropped. */
public enum AdaptationStatus {
    AGREED,
    IN_PLAN,
    DONE,
    DROPPED
}
