package org.migportal.meeting.boundary;

import java.io.Serializable;
import org.migportal.meeting.entity.AttendanceStatus;
import org.migportal.member.entity.Member;

/**
 * One member listed for a meeting: their status (absent until recorded), whether it was recorded,
 * and their attendance at all the forum's recorded meetings.
 */
public record AttendanceLine(Member member, AttendanceStatus status, boolean recorded, AttendanceCount history)
        implements Serializable {
}
