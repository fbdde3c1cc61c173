package org.migportal.meeting.entity;

/** What a meeting was: the forum's regular meeting, a reflection on progress, a workshop, or a side meeting. */
public enum MeetingKind {
    REGULAR,
    REFLECTION,
    WORKSHOP,
    SIDE_MEETING
}
