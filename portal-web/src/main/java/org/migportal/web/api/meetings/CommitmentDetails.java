package org.migportal.web.api.meetings;

import java.time.LocalDate;
import org.migportal.meeting.entity.Commitment;
import org.migportal.meeting.entity.CommitmentStatus;
import org.migportal.web.api.meetings.Refs.ForumRef;
import org.migportal.web.api.members.MemberRef;

/**
 * A commitment made at a meeting.
 *
 * @param firstDueOn the date first promised; {@code dueOn} moves when the commitment is renegotiated
 * @param overdue still open (or renegotiated) and past its date
 */
public record CommitmentDetails(long id, long version, long meetingId, LocalDate meetingHeldOn, ForumRef forum,
        MemberRef member, String description, LocalDate dueOn, LocalDate firstDueOn, CommitmentStatus status,
        LocalDate statusChangedOn, String note, boolean overdue) {

    static CommitmentDetails of(Commitment c) {
        return new CommitmentDetails(c.getId(), c.getVersion(), c.getMeeting().getId(), c.getMeeting().getHeldOn(),
                ForumRef.of(c.getMeeting().getForum()), MemberRef.of(c.getMember()), c.getDescription(), c.getDueOn(),
                c.getFirstDueOn(), c.getStatus(), c.getStatusChangedOn(), c.getNote(), c.isOverdue());
    }
}
