package org.migportal.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.migportal.delivery.entity.Frequency;

class CadenceTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

    @Test
    void aQuarterlyRunOnItsDateCoversTheThreeMonthsBeforeItAndMovesOnAQuarter() {
        assertThat(Cadence.due(Frequency.QUARTERLY, APRIL_1, APRIL_1))
                .isEqualTo(new Cadence.Run(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 7, 1)));
    }

    @Test
    void aMonthlyRunCoversTheMonthBeforeIt() {
        assertThat(Cadence.due(Frequency.MONTHLY, APRIL_1, APRIL_1))
                .isEqualTo(new Cadence.Run(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 1)));
    }

    @Test
    void aRunADayLateCoversTheSamePeriod() {
        assertThat(Cadence.due(Frequency.QUARTERLY, APRIL_1, APRIL_1.plusDays(1)))
                .isEqualTo(Cadence.due(Frequency.QUARTERLY, APRIL_1, APRIL_1));
    }

    @Test
    void missedDatesGiveOneRunForTheLatestPeriodThatEnded() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertThat(Cadence.due(Frequency.QUARTERLY, APRIL_1, today))
                .isEqualTo(new Cadence.Run(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), LocalDate.of(2027, 1, 1)));
        assertThat(Cadence.due(Frequency.MONTHLY, APRIL_1, today))
                .isEqualTo(new Cadence.Run(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), LocalDate.of(2026, 12, 1)));
    }

    @Test
    void theDayOfTheMonthIsKeptFromTheFirstDateNotShortenedByFebruary() {
        LocalDate january31 = LocalDate.of(2026, 1, 31);
        Cadence.Run february = Cadence.due(Frequency.MONTHLY, january31, january31);
        assertThat(february.nextRunOn()).isEqualTo(LocalDate.of(2026, 2, 28));
        Cadence.Run march = Cadence.due(Frequency.MONTHLY, january31, LocalDate.of(2026, 3, 1));
        assertThat(march.from()).isEqualTo(LocalDate.of(2026, 1, 28));
        assertThat(march.to()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(march.nextRunOn()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void aScheduleIsNotDueBeforeItsDate() {
        assertThatThrownBy(() -> Cadence.due(Frequency.MONTHLY, APRIL_1, APRIL_1.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void runNowCoversTheMonthsThatEndedYesterdayAndKeepsTheDates() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertThat(Cadence.now(Frequency.QUARTERLY, APRIL_1, today))
                .isEqualTo(new Cadence.Run(LocalDate.of(2026, 8, 22), LocalDate.of(2026, 11, 21), APRIL_1));
    }

    @Test
    void theFirstDateOfferedIsTheStartOfTheNextMonthOrQuarter() {
        assertThat(Cadence.firstRunAfter(Frequency.MONTHLY, LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(Cadence.firstRunAfter(Frequency.QUARTERLY, LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(Cadence.firstRunAfter(Frequency.QUARTERLY, LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(Cadence.firstRunAfter(Frequency.QUARTERLY, LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(Cadence.firstRunAfter(Frequency.QUARTERLY, LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 4, 1));
    }
}
