package org.migportal.reports;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What every page of a report says about itself: the programme, the scope (a forum, a country,
 * the chosen countries), the period, the language and the day it was generated.
 */
public record ReportContext(String programme, String scope, LocalDate from, LocalDate to, Locale locale,
        LocalDate generatedOn) {

    public ReportContext {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(generatedOn, "generatedOn");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " to " + to);
        }
    }
}
