package org.migportal.reports;

/**
 * One country's line in a regional report: its forums, who took part, meetings and attendance,
 * commitments made and kept, actions planned and done, and outcomes, all in the period.
 */
public record RegionCountry(String country, long forums, long activeForums, Participation participation,
        long meetings, long present, long listed, long commitments, long kept, long actionsPlanned,
        long actionsDone, long outcomes) {

    public RegionCountry plus(RegionCountry other) {
        return new RegionCountry(country, forums + other.forums, activeForums + other.activeForums,
                participation.plus(other.participation), meetings + other.meetings, present + other.present,
                listed + other.listed, commitments + other.commitments, kept + other.kept,
                actionsPlanned + other.actionsPlanned, actionsDone + other.actionsDone, outcomes + other.outcomes);
    }
}
