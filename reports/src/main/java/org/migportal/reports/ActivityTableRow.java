package org.migportal.reports;

/** A printed line of a country report's forum activity table. Built by the report classes; templates print it as it is. */
public record ActivityTableRow(String code, String name, String meetings, String attendance, String commitments,
        String kept, String communications) {
}
