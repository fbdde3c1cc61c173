package org.migportal.web.meetings;

import org.migportal.meeting.boundary.MeetingFilter;
import org.migportal.meeting.boundary.MeetingRow;
import org.migportal.meeting.boundary.Meetings;
import org.migportal.web.faces.ListExport;

/** The meeting list's columns for CSV and Excel, with each meeting's attendance, from the list's own search. */
public final class MeetingListExport {

    private MeetingListExport() {
    }

    public static ListExport<MeetingRow> of(Meetings meetings, MeetingFilter filter) {
        return ListExport.<MeetingRow>of("meetings", page -> meetings.search(filter, page))
                .column("field.heldOn", row -> row.meeting().getHeldOn())
                .column("field.forum", row -> row.meeting().getForum().getCode() + " " + row.meeting().getForum().getName())
                .column("field.meetingKind", row -> row.meeting().getKind())
                .column("field.place", row -> row.meeting().getPlace())
                .column("AttendanceStatus.PRESENT", row -> row.attendance().present())
                .column("AttendanceStatus.APOLOGIES", row -> row.attendance().apologies())
                .column("AttendanceStatus.ABSENT", row -> row.attendance().absent())
                .column("export.attendanceRate", row -> row.attendance().ratePercent());
    }
}
