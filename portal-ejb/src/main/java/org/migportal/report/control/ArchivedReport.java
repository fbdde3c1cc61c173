package org.migportal.report.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** An archived report as lists show it (without its file). */
public record ArchivedReport(long id, ReportType type, String title, String scope, String language, LocalDate from,
        LocalDate to, String generatedBy, LocalDateTime generatedAt, String sha256, int size,
        LocalDateTime publishedAt, String publishedBy, List<String> countries) implements Serializable {

    public ArchivedReport {
        countries = List.copyOf(countries);
    }

    public boolean published() {
        return publishedAt != null;
    }
}
