package org.migportal.meeting.boundary;

import java.io.Serializable;

/** How often members were listed as present, with apologies and absent; the rate counts the present. */
public record AttendanceCount(long present, long apologies, long absent) implements Serializable {

    public static final AttendanceCount NONE = new AttendanceCount(0, 0, 0);

    public long listed() {
        return present + apologies + absent;
    }

    /** Present over listed, in whole percent; null when nothing was recorded (no rate, rather than 0 %). */
    public Integer ratePercent() {
        return listed() == 0 ? null : Math.toIntExact(Math.round(100.0 * present / listed()));
    }

    public AttendanceCount plus(AttendanceCount other) {
        return new AttendanceCount(present + other.present, apologies + other.apologies, absent + other.absent);
    }
}
