package org.migportal.reports;

/** A printed line of a country's short table in a regional report: a measure, the country's value and the region's. */
public record ProfileRow(String country, String measure, String value, String region) {
}
