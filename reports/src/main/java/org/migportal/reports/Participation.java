package org.migportal.reports;

/**
 * Who took part: members with a seat in the period, and how many of them are women, youth (by
 * their country's youth bounds) and from a marginalised group. Counts only, never people.
 */
public record Participation(long members, long women, long youth, long marginalised) {

    public static final Participation NONE = new Participation(0, 0, 0, 0);

    public Participation plus(Participation other) {
        return new Participation(members + other.members, women + other.women, youth + other.youth,
                marginalised + other.marginalised);
    }

    public double womenShare() {
        return share(women);
    }

    public double youthShare() {
        return share(youth);
    }

    public double marginalisedShare() {
        return share(marginalised);
    }

    private double share(long part) {
        return members == 0 ? 0 : (double) part / members;
    }
}
