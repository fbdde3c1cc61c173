package org.migportal.web.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.migportal.meeting.entity.AdaptationStatus;
import org.migportal.meeting.entity.AttendanceStatus;
import org.migportal.meeting.entity.CommitmentStatus;
import org.migportal.meeting.entity.MarketMapReview;
import org.migportal.meeting.entity.MeetingKind;

/** The meeting enums' constants, in declaration order, for select menus, radios and filters. */
@Named
@ApplicationScoped
public class MeetingChoices {

    public List<MeetingKind> getKinds() {
        return List.of(MeetingKind.values());
    }

    public List<AttendanceStatus> getAttendanceStatuses() {
        return List.of(AttendanceStatus.values());
    }

    public List<CommitmentStatus> getCommitmentStatuses() {
        return List.of(CommitmentStatus.values());
    }

    public List<MarketMapReview> getMarketMapReviews() {
        return List.of(MarketMapReview.values());
    }

    public List<AdaptationStatus> getAdaptationStatuses() {
        return List.of(AdaptationStatus.values());
    }
}
