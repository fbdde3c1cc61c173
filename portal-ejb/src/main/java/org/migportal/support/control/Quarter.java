package org.migportal.support.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/** A calendar quarter, the step in which a forum's self-financing is followed over time. */
public record Quarter(int year, int number) implements Serializable, Comparable<Quarter> {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number);
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
    }

    /** The quarters from the one holding {@code from} to the one holding {@code to}, both included. */
    public static List<Quarter> between(LocalDate from, LocalDate to) {
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = of(from); q.compareTo(of(to)) <= 0; q = q.next()) {
            quarters.add(q);
        }
        return quarters;
    }

    public LocalDate start() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter minus(int quarters) {
        int index = year * 4 + number - 1 - quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    /** As written in reports, e.g. "2026 Q3". */
    public String label() {
        return year + " Q" + number;
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + number, other.year * 4 + other.number);
    }
}
