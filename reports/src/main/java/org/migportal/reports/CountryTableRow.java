package org.migportal.reports;

/** A printed line of a donor report's country table, in the report's language. Built by the report classes; templates print it as it is. */
public record CountryTableRow(String country, String forums, String activeForums, String members, String women, String youth, String marginalised) {
}
