package org.migportal.reports;

/** A tile of a report's key figures: a big value over a short label. Built by the report classes; templates print it as it is. */
public record KeyFigure(String value, String label) {
}
