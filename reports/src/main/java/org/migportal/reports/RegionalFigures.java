package org.migportal.reports;

import java.util.List;
import java.util.Set;

/**
 * The figures of a regional cross-country report: the countries of one region side by side. Counts
 * per country only, never a person.
 */
public record RegionalFigures(String region, List<RegionCountry> countries, Set<ReportSection> notYetRecorded) {

    public RegionalFigures {
        countries = List.copyOf(countries);
        notYetRecorded = Set.copyOf(notYetRecorded);
    }

    /** The region as a whole. */
    public RegionCountry total() {
        RegionCountry total = new RegionCountry(region, 0, 0, Participation.NONE, 0, 0, 0, 0, 0, 0, 0, 0);
        for (RegionCountry country : countries) {
            total = total.plus(country);
        }
        return total;
    }
}
