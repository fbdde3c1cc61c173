package org.migportal.report.control;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What to report on: a forum (forum report), one country (country report) or chosen countries
 * (donor report, given as ISO codes), a period and a language.
 */
public record ReportRequest(
        @NotNull ReportType type,
        Long forumId,
        @NotNull @Size(max = 20) List<@Pattern(regexp = "[A-Z]{2}") String> countries,
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotNull @Pattern(regexp = "en|fr", message = "{report.language}") String language) {

    public ReportRequest {
        countries = countries == null ? List.of() : countries.stream().distinct().sorted().toList();
    }

    @AssertTrue(message = "{report.period}")
    boolean isPeriodValid() {
        return from == null || to == null || !to.isBefore(from);
    }

    @AssertTrue(message = "{report.subject}")
    boolean isSubjectGiven() {
        return type == null || switch (type) {
            case FORUM -> forumId != null;
            case COUNTRY -> countries.size() == 1;
            case DONOR -> !countries.isEmpty();
        };
    }
}
