package org.migportal.reports;

import java.util.List;
import java.util.Set;

/**
 * The figures of a donor report: aggregated per country and in total. It holds no name of a
 * person by construction: only countries, categories and counts, and lessons of reflection
 * meetings from which the names of the forums' members were taken out.
 */
public record DonorFigures(List<CountryLine> countries, Participation total, long forums, long activeForums,
        List<Tally> byActorType, List<Tally> byStatus, Activity activity, Set<ReportSection> notYetRecorded) {

    public DonorFigures {
        countries = List.copyOf(countries);
        byActorType = List.copyOf(byActorType);
        byStatus = List.copyOf(byStatus);
        notYetRecorded = Set.copyOf(notYetRecorded);
    }
}
