package org.migportal.health.entity;

/** What facilitation can do about a forum running out of steam, in the guidance's words. */
public enum HealthResponse {
    RE_ENERGISE,
    NEW_MEMBERS,
    REVISIT_PLAN,
    CLOSE_WITH_LESSONS
}
