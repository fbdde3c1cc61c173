package org.migportal.reports;

/** A section heading with a line of text, e.g. a section with no data recorded yet. Built by the report classes; templates print it as it is. */
public record SectionText(String heading, String text) {
}
