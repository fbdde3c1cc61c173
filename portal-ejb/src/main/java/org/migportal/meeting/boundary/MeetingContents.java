package org.migportal.meeting.boundary;

import java.io.Serializable;

/** What deleting a meeting takes with it, for the confirmation that asks first. */
public record MeetingContents(long attendance, long commitments, long adaptations) implements Serializable {

    public boolean isEmpty() {
        return attendance == 0 && commitments == 0 && adaptations == 0;
    }
}
