package org.migportal.delivery.control;

import java.time.LocalDate;
import org.migportal.delivery.entity.Frequency;

/**
 * The dates of a schedule: it runs on its next date and every month (or three months) after it, on the same day
 * of the month counted from that first date (a schedule from 31 January runs on 28 February, then 31 March).
 * A run reports on the months before it: a quarterly run on 1 April covers 1 January to 31 March.
 * When the portal was down on one or more run dates, it runs once, for the latest period that has ended,
 * rather than sending a backlog of stale reports.
 */
public final class Cadence {

    /** The period a run covers, and the schedule's next date after it. */
    public record Run(LocalDate from, LocalDate to, LocalDate nextRunOn) {
    }

    private Cadence() {
    }

    /** The run due {@code today} for a schedule whose next date is {@code nextRunOn} (not after today). */
    public static Run due(Frequency frequency, LocalDate nextRunOn, LocalDate today) {
        if (nextRunOn.isAfter(today)) {
            throw new IllegalArgumentException("not due before " + nextRunOn);
        }
        int months = frequency.months();
        long k = 0;
        while (!nextRunOn.plusMonths((k + 1) * months).isAfter(today)) {
            k++;
        }
        LocalDate runOn = nextRunOn.plusMonths(k * months);
        return new Run(runOn.minusMonths(months), runOn.minusDays(1), nextRunOn.plusMonths((k + 1) * months));
    }

    /** A run asked for now, outside the dates: the months that ended yesterday. The dates stay as they are. */
    public static Run now(Frequency frequency, LocalDate nextRunOn, LocalDate today) {
        return new Run(today.minusMonths(frequency.months()), today.minusDays(1), nextRunOn);
    }

    /** The first date offered for a new schedule: the first day of the next month, or of the next quarter. */
    public static LocalDate firstRunAfter(Frequency frequency, LocalDate today) {
        LocalDate nextMonth = today.withDayOfMonth(1).plusMonths(1);
        if (frequency == Frequency.MONTHLY) {
            return nextMonth;
        }
        int offset = (nextMonth.getMonthValue() - 1) % 3;
        return offset == 0 ? nextMonth : nextMonth.plusMonths(3 - offset);
    }
}
