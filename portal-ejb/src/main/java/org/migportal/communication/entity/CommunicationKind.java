package org.migportal.communication.entity;

/** The guidance's kinds of communication a forum builds its capabilities in. */
public enum CommunicationKind {
    /** Members networking within the forum: builds trust, coordination and collaboration. */
    MEMBER_TO_MEMBER,
    /** A member with colleagues and superiors of their own organisation: taps resources beyond the members'. */
    INTERNAL,
    /** With market actors and stakeholders who are not members. */
    EXTERNAL
}
