package org.migportal.reports;

/** A printed line of the forums needing attention. Built by the report classes; templates print it as it is. */
public record AttentionRow(String code, String name, String status, String since) {
}
