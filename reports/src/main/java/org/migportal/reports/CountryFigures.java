package org.migportal.reports;

import java.util.List;
import java.util.Set;

/** The figures of a country report: every forum of the country in the period, and the totals. */
public record CountryFigures(String country, List<ForumLine> forums, Participation total,
        List<Tally> byActorType, List<Tally> byStatus, Activity activity, List<ForumActivity> forumActivity,
        Set<ReportSection> notYetRecorded) {

    /** Forums whose lifecycle says they need the country office's attention. */
    public static final Set<String> NEEDING_ATTENTION = Set.of("RE_ENERGISING", "DORMANT");

    public CountryFigures {
        forums = List.copyOf(forums);
        byActorType = List.copyOf(byActorType);
        byStatus = List.copyOf(byStatus);
        forumActivity = List.copyOf(forumActivity);
        notYetRecorded = Set.copyOf(notYetRecorded);
    }

    public List<ForumLine> needingAttention() {
        return forums.stream().filter(f -> NEEDING_ATTENTION.contains(f.status())).toList();
    }
}
