package org.migportal.health.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migportal.health.boundary.ForumHealthSignals;
import org.migportal.health.boundary.HealthReason;

/**
 * The guidance's signs that a forum is "running out of steam", as thresholds on its health signals: the
 * one place they are set. Each rule gives the reason a forum is flagged, or nothing. A figure that is
 * not known (no attendance recorded, no work-plan) never flags a forum by itself.
 */
public final class HealthRules {

    /** No meeting for this many months. */
    public static final int QUIET_MONTHS = 3;
    /** Attendance of the last three months more than this many points below the three before. */
    public static final int ATTENDANCE_DROP_POINTS = 15;
    /** Women's or youth's share among attendees more than this many points below their share among members. */
    public static final int SHARE_GAP_POINTS = 15;
    /** Fewer "present" rows than this say nothing reliable about who attends. */
    public static final int MIN_PRESENCES = 10;
    /** This many overdue commitments or more. */
    public static final int MANY_OVERDUE = 5;
    /** No action of the work-plan done for this many months while some are still to do. */
    public static final int ACTION_MONTHS = 6;
    /** No outcome for this many months (or none yet in a forum this old). */
    public static final int OUTCOME_MONTHS = 12;

    private HealthRules() {
    }

    /** Every reason the forum is flagged for, in the order of the guidance's signs; empty if none. */
    public static List<HealthReason> reasons(ForumHealthSignals s) {
        List<HealthReason> reasons = new ArrayList<>();
        noRecentMeeting(s).ifPresent(reasons::add);
        attendanceFalling(s).ifPresent(reasons::add);
        womenStayAway(s).ifPresent(reasons::add);
        youthStayAway(s).ifPresent(reasons::add);
        manyOverdue(s).ifPresent(reasons::add);
        noActionDone(s).ifPresent(reasons::add);
        noOutcome(s).ifPresent(reasons::add);
        selfFinancingNotRising(s).ifPresent(reasons::add);
        return reasons;
    }

    public static Optional<HealthReason> noRecentMeeting(ForumHealthSignals s) {
        if (s.meetingsRecent() > 0 || youngerThan(s, QUIET_MONTHS)) {
            return Optional.empty();
        }
        return Optional.of(s.lastMeetingOn() == null
                ? HealthReason.of("health.reason.neverMet")
                : HealthReason.of("health.reason.noMeeting", QUIET_MONTHS, s.lastMeetingOn()));
    }

    public static Optional<HealthReason> attendanceFalling(ForumHealthSignals s) {
        Integer trend = s.attendanceTrend();
        return trend != null && -trend > ATTENDANCE_DROP_POINTS
                ? Optional.of(HealthReason.of("health.reason.attendanceFalling", s.attendanceBefore(), s.attendanceRecent()))
                : Optional.empty();
    }

    public static Optional<HealthReason> womenStayAway(ForumHealthSignals s) {
        return stayAway(s, s.womenAmongMembers(), s.womenAmongAttendees(), "health.reason.womenAttendFewer");
    }

    public static Optional<HealthReason> youthStayAway(ForumHealthSignals s) {
        return stayAway(s, s.youthAmongMembers(), s.youthAmongAttendees(), "health.reason.youthAttendFewer");
    }

    public static Optional<HealthReason> manyOverdue(ForumHealthSignals s) {
        return s.overdueCommitments() >= MANY_OVERDUE
                ? Optional.of(HealthReason.of("health.reason.overdue", s.overdueCommitments()))
                : Optional.empty();
    }

    public static Optional<HealthReason> noActionDone(ForumHealthSignals s) {
        Long open = s.actionsOpen();
        if (open == null || open <= 0) {
            return Optional.empty();
        }
        Long since = s.monthsSinceActionDone();
        boolean quiet = since == null ? !youngerThan(s, ACTION_MONTHS) : since >= ACTION_MONTHS;
        return quiet ? Optional.of(HealthReason.of("health.reason.noActionDone", ACTION_MONTHS, open)) : Optional.empty();
    }

    public static Optional<HealthReason> noOutcome(ForumHealthSignals s) {
        Long since = s.monthsSinceOutcome();
        if (since == null) {
            return youngerThan(s, OUTCOME_MONTHS) ? Optional.empty()
                    : Optional.of(HealthReason.of("health.reason.noOutcomeYet", OUTCOME_MONTHS));
        }
        return since >= OUTCOME_MONTHS
                ? Optional.of(HealthReason.of("health.reason.noOutcome", OUTCOME_MONTHS, s.lastOutcomeOn()))
                : Optional.empty();
    }

    /** Only where the programme still pays something: a forum that pays its own way has nothing to raise. */
    public static Optional<HealthReason> selfFinancingNotRising(ForumHealthSignals s) {
        Integer now = s.selfFinancingNow();
        Integer before = s.selfFinancingBefore();
        if (now == null || before == null || s.supportNow() <= 0 || now > before) {
            return Optional.empty();
        }
        return Optional.of(HealthReason.of("health.reason.selfFinancingNotRising", before, now));
    }

    private static Optional<HealthReason> stayAway(ForumHealthSignals s, Integer members, Integer attendees, String key) {
        if (members == null || attendees == null || s.presences() < MIN_PRESENCES || members - attendees <= SHARE_GAP_POINTS) {
            return Optional.empty();
        }
        return Optional.of(HealthReason.of(key, members, attendees));
    }

    /** A forum established less than this many months ago is too young for the sign; one without a date is not. */
    private static boolean youngerThan(ForumHealthSignals s, int months) {
        Long age = s.ageInMonths();
        return age != null && age < months;
    }
}
