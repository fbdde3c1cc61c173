package org.migportal.reports;

/** One country's line in a donor report. */
public record CountryLine(String country, long forums, long activeForums, Participation participation) {
}
