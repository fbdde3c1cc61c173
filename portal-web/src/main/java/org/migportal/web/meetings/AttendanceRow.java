package org.migportal.web.meetings;

import java.io.Serializable;
import org.migportal.meeting.boundary.AttendanceCount;
import org.migportal.meeting.boundary.AttendanceLine;
import org.migportal.meeting.entity.AttendanceStatus;
import org.migportal.member.entity.Member;

/** A row of the attendance sheet as the page edits it: the member and the status chosen for them. */
public class AttendanceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Member member;
    private final AttendanceCount history;
    private AttendanceStatus status;

    AttendanceRow(AttendanceLine line) {
        this.member = line.member();
        this.history = line.history();
        this.status = line.status();
    }

    public Member getMember() {
        return member;
    }

    public AttendanceCount getHistory() {
        return history;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public void setStatus(AttendanceStatus status) {
        this.status = status;
    }
}
