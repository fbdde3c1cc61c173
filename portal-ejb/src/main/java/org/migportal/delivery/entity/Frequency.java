package org.migportal.delivery.entity;

/** How often a scheduled report is made: each run covers the months since the previous one. */
public enum Frequency {
    MONTHLY(1), QUARTERLY(3);

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
