package org.migportal.web.api.health;

import java.time.LocalDate;
import java.util.List;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.health.boundary.ForumHealthRow;
import org.migportal.health.boundary.ForumHealthSignals;
import org.migportal.health.entity.HealthResponse;
import org.migportal.web.health.HealthTexts;

/**
 * A forum's health signals, whether it needs attention and why (the reasons in English words, with the
 * message key for a client's own texts), and the latest response recorded for it. Percentages are whole
 * numbers; a figure the forum has no data for is left out.
 */
public record ForumHealthSummary(
        long forumId,
        String code,
        String name,
        String countryIso,
        String country,
        String district,
        ForumStatus status,
        LocalDate asOf,
        boolean needsAttention,
        List<Reason> reasons,
        long meetingsLast3Months,
        LocalDate lastMeetingOn,
        Integer attendanceLast3Months,
        Integer attendance3MonthsBefore,
        Integer attendanceTrendPoints,
        Integer womenAmongMembers,
        Integer womenAmongAttendees,
        Integer youthAmongMembers,
        Integer youthAmongAttendees,
        Integer marginalisedAmongMembers,
        Integer marginalisedAmongAttendees,
        long overdueCommitments,
        Long actionsPlanned,
        Long actionsDone,
        LocalDate lastActionDoneOn,
        LocalDate lastOutcomeOn,
        Long monthsSinceLastOutcome,
        Integer selfFinancingLast12Months,
        Integer selfFinancing12MonthsBefore,
        HealthResponse latestResponse,
        LocalDate latestResponseOn,
        LocalDate reviewOn) {

    /** Why the forum is flagged: a sentence, and the message key and arguments it was made from. */
    public record Reason(String text, String messageKey, List<String> arguments) {
    }

    static ForumHealthSummary of(ForumHealthRow row) {
        ForumHealthSignals s = row.signals();
        List<Reason> reasons = row.reasons().stream()
                .map(reason -> new Reason(HealthTexts.inEnglish(reason), reason.key(),
                        reason.arguments().stream().map(String::valueOf).toList()))
                .toList();
        ForumHealthRow.LatestResponse latest = row.latestResponse();
        return new ForumHealthSummary(s.forumId(), s.code(), s.name(), s.countryIso(), s.countryName(), s.district(),
                s.status(), s.asOf(), row.isFlagged(), reasons, s.meetingsRecent(), s.lastMeetingOn(),
                s.attendanceRecent(), s.attendanceBefore(), s.attendanceTrend(), s.womenAmongMembers(),
                s.womenAmongAttendees(), s.youthAmongMembers(), s.youthAmongAttendees(), s.marginalisedAmongMembers(),
                s.marginalisedAmongAttendees(), s.overdueCommitments(), s.actionsPlanned(), s.actionsDone(),
                s.lastActionDoneOn(), s.lastOutcomeOn(), s.monthsSinceOutcome(), s.selfFinancingNow(),
                s.selfFinancingBefore(), latest == null ? null : latest.response(),
                latest == null ? null : latest.recordedOn(), latest == null ? null : latest.reviewOn());
    }
}
