package org.migportal.meeting.boundary;

import java.io.Serializable;
import org.migportal.meeting.entity.CommitmentStatus;

/** The filters of a commitment list; null means no filter. Overdue: pending and past its date. */
public record CommitmentFilter(Long forumId, Long meetingId, CommitmentStatus status, boolean overdueOnly)
        implements Serializable {

    public static CommitmentFilter overdueOfForum(long forumId) {
        return new CommitmentFilter(forumId, null, null, true);
    }
}
