package org.migportal.reports;

import java.time.YearMonth;

/**
 * One month of meetings: how many were held, and of the members listed for them (absent included)
 * how many were present, so that the attendance rate is {@code present / listed}.
 */
public record MonthLine(YearMonth month, long meetings, long present, long listed) {

    public double attendanceRate() {
        return listed == 0 ? 0 : (double) present / listed;
    }
}
