package org.migportal.reports;

/** A printed line of a country report's forum table, in the report's language. Built by the report classes; templates print it as it is. */
public record ForumTableRow(String code, String name, String district, String status, String members, String women, String youth, String marginalised, String actorTypes) {
}
