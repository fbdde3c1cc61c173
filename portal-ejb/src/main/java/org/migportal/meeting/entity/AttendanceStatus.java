package org.migportal.meeting.entity;

/** Whether a listed member came; absent unless recorded otherwise. */
public enum AttendanceStatus {
    PRESENT,
    APOLOGIES,
    ABSENT
}
