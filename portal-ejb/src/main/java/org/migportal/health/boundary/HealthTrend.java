package org.migportal.health.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A figure over time for each country: the periods (months {@code 2026-05} or quarters {@code 2026-Q2})
 * and one series of values per country, a value per period (null where there was nothing to count).
 */
public record HealthTrend(List<String> periods, List<Series> series) implements Serializable {

    public HealthTrend {
        periods = List.copyOf(periods);
        series = List.copyOf(series);
    }

    public record Series(String countryIso, String countryName, List<Integer> values) implements Serializable {

        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    public boolean isEmpty() {
        return series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == null || v == 0));
    }
}
