package org.migportal.meeting.boundary;

import java.io.Serializable;
import java.util.List;
import org.migportal.meeting.entity.Commitment;

/**
 * A forum's meetings at a glance: the latest meetings, how many were held and the attendance rate over
 * the last twelve months, and the commitments past their date (the first few, and how many in all).
 */
public record ForumMeetingSummary(List<MeetingRow> recent, long meetingsLastYear, AttendanceCount lastYear,
        List<Commitment> overdue, long overdueTotal) implements Serializable {
}
