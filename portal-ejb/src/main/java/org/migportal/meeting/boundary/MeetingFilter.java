package org.migportal.meeting.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.migportal.meeting.entity.MeetingKind;

/** The filters of the meeting list; null means no filter. The period includes both days. */
public record MeetingFilter(Long forumId, MeetingKind kind, LocalDate from, LocalDate to) implements Serializable {

    public static MeetingFilter none() {
        return new MeetingFilter(null, null, null, null);
    }

    public static MeetingFilter ofForum(long forumId) {
        return new MeetingFilter(forumId, null, null, null);
    }
}
