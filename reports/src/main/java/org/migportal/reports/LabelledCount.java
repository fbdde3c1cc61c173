package org.migportal.reports;

/** A category of a breakdown, in the report's language, with its count and its share of the whole. Built by the report classes; templates print it as it is. */
public record LabelledCount(String label, long count, double share) {
}
