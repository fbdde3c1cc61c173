package org.migportal.reports;

/** A value of a chart: a series (e.g. "Women"), a category (e.g. a month or a country) and a number. */
public record ChartPoint(String series, String category, double value) {
}
