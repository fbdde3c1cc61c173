package org.migportal.web.meetings;

import java.util.List;
import org.migportal.meeting.boundary.AttendanceLine;
import org.migportal.meeting.boundary.Meetings;
import org.migportal.web.faces.ListExport;

/**
 * A meeting's attendance sheet for CSV and Excel: every member listed for the day, their status and
 * their attendance rate in the forum; a member whose name is withheld from the caller is exported so.
 */
public final class AttendanceExport {

    private AttendanceExport() {
    }

    public static ListExport<AttendanceLine> of(Meetings meetings, long meetingId) {
        // The sheet is one list, not paged: the first page is all of it.
        return ListExport.<AttendanceLine>of("attendance-" + meetingId,
                        page -> page.first() == 0 ? meetings.attendance(meetingId) : List.of())
                .column("field.member", line -> line.member().isPersonalDataWithheld()
                        ? new ListExport.Words("member.withheld.name") : line.member().getFullName())
                .column("field.actor", line -> line.member().getActor().getName())
                .column("field.status", AttendanceLine::status)
                .column("export.attendanceRate", line -> line.history().ratePercent());
    }
}
