package org.migportal.reports;

import java.util.List;
import java.util.Set;

/**
 * The figures of a forum report. Youth is split into youth, not youth and age not recorded.
 *
 * @param activity meetings, commitments, communication and lessons of the forum in the period
 * @param notYetRecorded sections of the report whose records the portal does not hold yet
 */
public record ForumFigures(String code, String name, String country, String district, String marketSystem,
        String changeArea, String status, Participation participation, long ageNotRecorded,
        List<Tally> byActorType, List<Tally> bySex, List<Tally> byMarginalisedGroup,
        Activity activity, Set<ReportSection> notYetRecorded) {

    public ForumFigures {
        byActorType = List.copyOf(byActorType);
        bySex = List.copyOf(bySex);
        byMarginalisedGroup = List.copyOf(byMarginalisedGroup);
        notYetRecorded = Set.copyOf(notYetRecorded);
    }
}
