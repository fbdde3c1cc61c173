package org.migportal.member.entity;

/** How a member came to the forum: being chosen by peers or volunteering are signs of commitment. */
public enum SelectionMethod {
    ELECTED, NOMINATED, VOLUNTEERED
}
