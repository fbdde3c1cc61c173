package org.migportal.reports;

import java.util.List;

/**
 * The outcomes of a report's forums in the period: how many of each kind, how many reach beyond the
 * members, the people they are estimated to reach, how many have evidence, and the stories to tell.
 */
public record Outcomes(List<Tally> byType, long beyondMembers, long beneficiaries, long withEvidence,
        List<OutcomeStory> stories) {

    public static final Outcomes NONE = new Outcomes(List.of(), 0, 0, 0, List.of());

    public Outcomes {
        byType = List.copyOf(byType);
        stories = List.copyOf(stories);
    }

    public long count() {
        return byType.stream().mapToLong(Tally::count).sum();
    }
}
