package org.migportal.meeting.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.validation.constraints.NotNull;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumOwned;
import org.migportal.member.entity.Member;
import org.migportal.platform.entity.PortalEntity;

/** Whether one member listed for a meeting was present, sent apologies, or was absent. */
@Entity
@NamedQuery(name = Attendance.OF_MEETING, query = """
        SELECT a FROM Attendance a JOIN FETCH a.member WHERE a.meeting = :meeting""")
public class Attendance extends PortalEntity implements ForumOwned {

    public static final String OF_MEETING = "Attendance.ofMeeting";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @NotNull
    @Enumerated(EnumType.STRING)
    private AttendanceStatus status = AttendanceStatus.ABSENT;

    public Attendance() {
    }

    public Attendance(Meeting meeting, Member member, AttendanceStatus status) {
        this.meeting = meeting;
        this.member = member;
        this.status = status;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Member getMember() {
        return member;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public void setStatus(AttendanceStatus status) {
        this.status = status;
    }

    @Override
    public Forum owningForum() {
        return meeting.getForum();
    }
}
