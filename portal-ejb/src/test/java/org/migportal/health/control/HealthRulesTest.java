package org.migportal.health.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migportal.health.control.SignalsBuilder.TODAY;

import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migportal.health.boundary.ForumHealthSignals;
import org.migportal.health.boundary.HealthReason;

/** Each sign of a forum running out of steam, just short of its threshold, at it and beyond it. */
class HealthRulesTest {

    private static ForumHealthSignals with(Consumer<SignalsBuilder> change) {
        SignalsBuilder builder = new SignalsBuilder();
        change.accept(builder);
        return builder.build();
    }

    private static String keys(ForumHealthSignals signals) {
        return String.join(",", HealthRules.reasons(signals).stream().map(HealthReason::key).toList());
    }

    @Test
    void aHealthyForumIsNotFlagged() {
        assertThat(HealthRules.reasons(new SignalsBuilder().build())).isEmpty();
    }

    @Nested
    class Meetings {

        @Test
        void oneMeetingInTheLastThreeMonthsIsEnough() {
            assertThat(HealthRules.noRecentMeeting(with(s -> s.meetingsRecent = 1))).isEmpty();
        }

        @Test
        void noMeetingInThreeMonthsFlagsWithTheLastMeetingsDay() {
            var signals = with(s -> {
                s.meetingsRecent = 0;
                s.lastMeetingOn = TODAY.minusMonths(4);
            });
            assertThat(HealthRules.noRecentMeeting(signals)).contains(
                    HealthReason.of("health.reason.noMeeting", HealthRules.QUIET_MONTHS, TODAY.minusMonths(4)));
        }

        @Test
        void aForumThatNeverMetIsFlaggedAsSuch() {
            assertThat(keys(with(s -> {
                s.meetingsRecent = 0;
                s.lastMeetingOn = null;
            }))).isEqualTo("health.reason.neverMet");
        }

        @ParameterizedTest(name = "established {0} months ago: flagged {1}")
        @CsvSource({"2, false", "3, true", "4, true"})
        void aForumYoungerThanThreeMonthsIsNotExpectedToHaveMetYet(int monthsOld, boolean flagged) {
            var signals = with(s -> {
                s.meetingsRecent = 0;
                s.lastMeetingOn = null;
                s.establishedOn = TODAY.minusMonths(monthsOld);
            });
            assertThat(HealthRules.noRecentMeeting(signals).isPresent()).isEqualTo(flagged);
        }
    }

    @Nested
    class Attendance {

        @ParameterizedTest(name = "{0} % after {1} %: flagged {2}")
        @CsvSource({"56, 70, false", "55, 70, false", "54, 70, true", "80, 70, false"})
        void fallingByMoreThanFifteenPointsFlags(int recent, int before, boolean flagged) {
            var signals = with(s -> {
                s.presentRecent = recent;
                s.presentBefore = before;
            });
            assertThat(HealthRules.attendanceFalling(signals).isPresent()).isEqualTo(flagged);
            if (flagged) {
                assertThat(HealthRules.attendanceFalling(signals)).contains(
                        HealthReason.of("health.reason.attendanceFalling", before, recent));
            }
        }

        @Test
        void withoutAttendanceInEitherPeriodThereIsNoTrend() {
            var signals = with(s -> {
                s.listedBefore = 0;
                s.presentBefore = 0;
                s.presentRecent = 10;
            });
            assertThat(signals.attendanceTrend()).isNull();
            assertThat(HealthRules.attendanceFalling(signals)).isEmpty();
        }
    }

    @Nested
    class WomenAndYouth {

        @ParameterizedTest(name = "women {0} % of attendees, 40 % of members: flagged {1}")
        @CsvSource({"26, false", "25, false", "24, true"})
        void womensShareAmongAttendeesWellBelowTheirShareAmongMembersFlags(int womenPresent, boolean flagged) {
            var signals = with(s -> s.womenPresent = womenPresent);
            assertThat(HealthRules.womenStayAway(signals).isPresent()).isEqualTo(flagged);
        }

        @ParameterizedTest(name = "youth {0} % of attendees, 30 % of members: flagged {1}")
        @CsvSource({"16, false", "15, false", "14, true"})
        void youthsShareAmongAttendeesWellBelowTheirShareAmongMembersFlags(int youthPresent, boolean flagged) {
            var signals = with(s -> s.youthPresent = youthPresent);
            assertThat(HealthRules.youthStayAway(signals).isPresent()).isEqualTo(flagged);
            if (flagged) {
                assertThat(HealthRules.youthStayAway(signals)).contains(
                        HealthReason.of("health.reason.youthAttendFewer", 30, youthPresent));
            }
        }

        @ParameterizedTest(name = "{0} presences: flagged {1}")
        @CsvSource({"9, false", "10, true", "11, true"})
        void tooFewPresencesSayNothingAboutWhoAttends(int presences, boolean flagged) {
            var signals = with(s -> {
                s.presences = presences;
                s.womenPresent = 0;
                s.youthPresent = presences;
            });
            assertThat(HealthRules.womenStayAway(signals).isPresent()).isEqualTo(flagged);
        }
    }

    @Nested
    class Commitments {

        @ParameterizedTest(name = "{0} overdue: flagged {1}")
        @CsvSource({"4, false", "5, true", "6, true"})
        void manyOverdueCommitmentsFlag(long overdue, boolean flagged) {
            assertThat(HealthRules.manyOverdue(with(s -> s.overdue = overdue)).isPresent()).isEqualTo(flagged);
        }
    }

    @Nested
    class Actions {

        @ParameterizedTest(name = "last action done {0} months ago: flagged {1}")
        @CsvSource({"5, false", "6, true", "7, true"})
        void noActionDoneInSixMonthsFlags(int monthsAgo, boolean flagged) {
            var signals = with(s -> s.lastActionDoneOn = TODAY.minusMonths(monthsAgo));
            assertThat(HealthRules.noActionDone(signals).isPresent()).isEqualTo(flagged);
        }

        @Test
        void aForumWithoutAWorkPlanOrWithEveryActionDoneIsNotFlagged() {
            assertThat(HealthRules.noActionDone(with(s -> {
                s.actionsPlanned = null;
                s.actionsDone = null;
                s.lastActionDoneOn = null;
            }))).isEmpty();
            assertThat(HealthRules.noActionDone(with(s -> {
                s.actionsDone = s.actionsPlanned;
                s.lastActionDoneOn = TODAY.minusYears(1);
            }))).isEmpty();
        }

        @Test
        void aPlanWithNothingDoneYetFlagsOnceTheForumIsSixMonthsOld() {
            assertThat(HealthRules.noActionDone(with(s -> {
                s.actionsDone = 0L;
                s.lastActionDoneOn = null;
            }))).contains(HealthReason.of("health.reason.noActionDone", HealthRules.ACTION_MONTHS, 6L));
            assertThat(HealthRules.noActionDone(with(s -> {
                s.actionsDone = 0L;
                s.lastActionDoneOn = null;
                s.establishedOn = TODAY.minusMonths(5);
            }))).isEmpty();
        }
    }

    @Nested
    class Outcomes {

        @ParameterizedTest(name = "last outcome {0} months ago: flagged {1}")
        @CsvSource({"11, false", "12, true", "13, true"})
        void noOutcomeInTwelveMonthsFlags(int monthsAgo, boolean flagged) {
            var signals = with(s -> s.lastOutcomeOn = TODAY.minusMonths(monthsAgo));
            assertThat(HealthRules.noOutcome(signals).isPresent()).isEqualTo(flagged);
        }

        @ParameterizedTest(name = "no outcome yet, forum {0} months old: flagged {1}")
        @CsvSource({"11, false", "12, true", "13, true"})
        void noOutcomeYetFlagsAForumAYearOld(int monthsOld, boolean flagged) {
            var signals = with(s -> {
                s.lastOutcomeOn = null;
                s.establishedOn = TODAY.minusMonths(monthsOld);
                s.lastActionDoneOn = null;
                s.actionsPlanned = null;
            });
            assertThat(HealthRules.noOutcome(signals).map(HealthReason::key))
                    .isEqualTo(flagged ? java.util.Optional.of("health.reason.noOutcomeYet") : java.util.Optional.empty());
        }
    }

    @Nested
    class SelfFinancing {

        @ParameterizedTest(name = "{0} % a year ago, 30 % now: flagged {1}")
        @CsvSource({"29, false", "30, true", "31, true"})
        void aSelfFinancingShareThatIsNotRisingFlags(int before, boolean flagged) {
            var signals = with(s -> {
                s.ownBefore = before;
                s.supportBefore = 100 - before;
            });
            assertThat(signals.selfFinancingNow()).isEqualTo(30);
            assertThat(HealthRules.selfFinancingNotRising(signals).isPresent()).isEqualTo(flagged);
        }

        @Test
        void aForumTheProgrammeNoLongerPaysForIsNotFlagged() {
            assertThat(HealthRules.selfFinancingNotRising(with(s -> {
                s.supportNow = 0;
                s.ownBefore = 100;
                s.supportBefore = 0;
            }))).isEmpty();
        }

        @Test
        void withoutMoneyRecordedInEitherYearThereIsNoShare() {
            var signals = with(s -> {
                s.ownBefore = 0;
                s.supportBefore = 0;
            });
            assertThat(signals.selfFinancingBefore()).isNull();
            assertThat(HealthRules.selfFinancingNotRising(signals)).isEmpty();
        }
    }

    @Test
    void aForumShowingSeveralSignsHasEveryReasonInTheGuidancesOrder() {
        var signals = with(s -> {
            s.meetingsRecent = 0;
            s.overdue = 7;
            s.lastOutcomeOn = TODAY.minusMonths(20);
        });
        assertThat(keys(signals)).isEqualTo("health.reason.noMeeting,health.reason.overdue,health.reason.noOutcome");
    }
}
