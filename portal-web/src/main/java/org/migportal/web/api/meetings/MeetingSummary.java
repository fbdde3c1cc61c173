package org.migportal.web.api.meetings;

import java.time.LocalDate;
import org.migportal.meeting.boundary.MeetingRow;
import org.migportal.meeting.entity.Meeting;
import org.migportal.meeting.entity.MeetingKind;
import org.migportal.web.api.meetings.Refs.ForumRef;

/**
 * A meeting in a list, with its recorded attendance.
 *
 * @param attendanceRate present over listed members in percent; absent when no attendance was recorded
 */
public record MeetingSummary(long id, long version, ForumRef forum, MeetingKind kind, LocalDate heldOn, String place,
        long present, long apologies, long absent, Integer attendanceRate) {

    static MeetingSummary of(MeetingRow row) {
        Meeting m = row.meeting();
        return new MeetingSummary(m.getId(), m.getVersion(), ForumRef.of(m.getForum()), m.getKind(), m.getHeldOn(),
                m.getPlace(), row.attendance().present(), row.attendance().apologies(), row.attendance().absent(),
                row.attendance().ratePercent());
    }
}
