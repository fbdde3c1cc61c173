package org.migportal.web.api.meetings;

import org.migportal.meeting.boundary.AttendanceLine;
import org.migportal.meeting.entity.AttendanceStatus;
import org.migportal.web.api.members.MemberRef;

/**
 * A member listed for a meeting (seated in the forum on its day).
 *
 * @param recorded false while the sheet has not been saved: the status is then the default, absent
 * @param attendanceRate the member's rate at all the forum's recorded meetings, in percent
 */
public record AttendanceEntry(MemberRef member, AttendanceStatus status, boolean recorded, Integer attendanceRate) {

    static AttendanceEntry of(AttendanceLine line) {
        return new AttendanceEntry(MemberRef.of(line.member()), line.status(), line.recorded(),
                line.history().ratePercent());
    }
}
