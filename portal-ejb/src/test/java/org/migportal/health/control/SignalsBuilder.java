package org.migportal.health.control;

import java.time.LocalDate;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.health.boundary.ForumHealthSignals;

/** A healthy forum's signals on {@link #TODAY}, changed one figure at a time by a test. */
final class SignalsBuilder {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    LocalDate establishedOn = TODAY.minusYears(3);
    long meetingsRecent = 3;
    LocalDate lastMeetingOn = TODAY.minusDays(10);
    long listedRecent = 100;
    long presentRecent = 70;
    long listedBefore = 100;
    long presentBefore = 70;
    long members = 100;
    long women = 40;
    long youth = 30;
    long marginalised = 10;
    long presences = 100;
    long womenPresent = 40;
    long youthPresent = 30;
    long marginalisedPresent = 10;
    long overdue = 0;
    Long actionsPlanned = 6L;
    Long actionsDone = 2L;
    LocalDate lastActionDoneOn = TODAY.minusMonths(1);
    LocalDate lastOutcomeOn = TODAY.minusMonths(2);
    double ownNow = 300;
    double supportNow = 700;
    double ownBefore = 200;
    double supportBefore = 800;

    ForumHealthSignals build() {
        return new ForumHealthSignals(1, "KE-TST", "Test forum", "KE", "Kenya", "Kisumu", ForumStatus.ACTIVE,
                establishedOn, TODAY, meetingsRecent, lastMeetingOn, listedRecent, presentRecent, listedBefore,
                presentBefore, members, women, youth, marginalised, presences, womenPresent, youthPresent,
                marginalisedPresent, overdue, actionsPlanned, actionsDone, lastActionDoneOn, lastOutcomeOn,
                ownNow, supportNow, ownBefore, supportBefore);
    }
}
