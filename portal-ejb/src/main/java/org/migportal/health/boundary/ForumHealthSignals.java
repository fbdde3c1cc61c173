package org.migportal.health.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.migportal.forum.entity.ForumStatus;

/**
 * A forum's health figures on a day, as counted by the database (see
 * {@link org.migportal.health.control.HealthFigures}); the percentages derived from them are here.
 * A figure the forum has no data for is null ("not known"), never zero.
 *
 * @param meetingsRecent       meetings held in the last three months
 * @param listedRecent         attendance rows (members listed) at those meetings; {@code presentRecent} of them present
 * @param listedBefore         the same for the three months before
 * @param members              current members; {@code women}, {@code youth}, {@code marginalised} among them
 * @param presences            "present" rows at meetings of the last six months; the women's, youth's and
 *                             marginalised members' among them
 * @param overdueCommitments   open or renegotiated commitments past their date
 * @param actionsPlanned       actions of the forum's work-plan not dropped; {@code actionsDone} of them done,
 *                             {@code actionsDoneRecently} in the last six months (null without a work-plan)
 * @param lastOutcomeOn        the date of the forum's latest outcome (null if none)
 * @param ownContributionNow   members' own contributions over the last twelve months, and the programme
 *                             support for the same months; {@code ...Before} the twelve months before that
 */
public record ForumHealthSignals(
        long forumId, String code, String name, String countryIso, String countryName, String district,
        ForumStatus status, LocalDate establishedOn, LocalDate asOf,
        long meetingsRecent, LocalDate lastMeetingOn,
        long listedRecent, long presentRecent, long listedBefore, long presentBefore,
        long members, long women, long youth, long marginalised,
        long presences, long womenPresent, long youthPresent, long marginalisedPresent,
        long overdueCommitments,
        Long actionsPlanned, Long actionsDone, LocalDate lastActionDoneOn,
        LocalDate lastOutcomeOn,
        double ownContributionNow, double supportNow, double ownContributionBefore, double supportBefore)
        implements Serializable {

    public Integer attendanceRecent() {
        return percent(presentRecent, listedRecent);
    }

    public Integer attendanceBefore() {
        return percent(presentBefore, listedBefore);
    }

    /** Change of the attendance rate in points, recent minus before; null unless both are known. */
    public Integer attendanceTrend() {
        Integer recent = attendanceRecent();
        Integer before = attendanceBefore();
        return recent == null || before == null ? null : recent - before;
    }

    public Integer womenAmongMembers() {
        return percent(women, members);
    }

    public Integer womenAmongAttendees() {
        return percent(womenPresent, presences);
    }

    public Integer youthAmongMembers() {
        return percent(youth, members);
    }

    public Integer youthAmongAttendees() {
        return percent(youthPresent, presences);
    }

    public Integer marginalisedAmongMembers() {
        return percent(marginalised, members);
    }

    public Integer marginalisedAmongAttendees() {
        return percent(marginalisedPresent, presences);
    }

    /** Attendees' share minus members' share, in points (negative: fewer women attend than belong). */
    public Integer womenGap() {
        return gap(womenAmongAttendees(), womenAmongMembers());
    }

    public Integer youthGap() {
        return gap(youthAmongAttendees(), youthAmongMembers());
    }

    /** Actions planned and not done yet (null without a work-plan). */
    public Long actionsOpen() {
        return actionsPlanned == null ? null : actionsPlanned - (actionsDone == null ? 0 : actionsDone);
    }

    /** Whole months since the latest action was done; null if none was. */
    public Long monthsSinceActionDone() {
        return lastActionDoneOn == null ? null : ChronoUnit.MONTHS.between(lastActionDoneOn, asOf);
    }

    /** Whole months since the latest outcome; null if there is none. */
    public Long monthsSinceOutcome() {
        return lastOutcomeOn == null ? null : ChronoUnit.MONTHS.between(lastOutcomeOn, asOf);
    }

    /** Members' own share of what the forum spent over the last twelve months; null without any money recorded. */
    public Integer selfFinancingNow() {
        return share(ownContributionNow, supportNow);
    }

    public Integer selfFinancingBefore() {
        return share(ownContributionBefore, supportBefore);
    }

    /** Whole months the forum has existed, from its establishment (null if it has no date). */
    public Long ageInMonths() {
        return establishedOn == null ? null : ChronoUnit.MONTHS.between(establishedOn, asOf);
    }

    static Integer percent(long part, long whole) {
        return whole == 0 ? null : Math.toIntExact(Math.round(100.0 * part / whole));
    }

    private static Integer share(double own, double support) {
        double total = own + support;
        return total <= 0 ? null : Math.toIntExact(Math.round(100.0 * own / total));
    }

    private static Integer gap(Integer attendees, Integer members) {
        return attendees == null || members == null ? null : attendees - members;
    }
}
