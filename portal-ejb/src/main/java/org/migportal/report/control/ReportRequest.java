package org.migportal.report.control;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What to report on: a forum (forum report), one country (country report), chosen countries
 * (donor report, given as ISO codes) or a region (regional report, by its code; its countries are
 * filled in when it is allowed), a period and a language.
 */
public record ReportRequest(
        @NotNull ReportType type,
        Long forumId,
        @NotNull @Size(max = 20) List<@Pattern(regexp = "[A-Z]{2}") String> countries,
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotNull @Pattern(regexp = "en|fr", message = "{report.language}") String language,
        @Size(max = 10) @Pattern(regexp = "[A-Z0-9_]+") String region) implements Serializable {

    /** The canonical constructor, also the one JSON-B reads a request with (a record with two constructors needs telling). */
    @JsonbCreator
    public ReportRequest(@JsonbProperty("type") ReportType type, @JsonbProperty("forumId") Long forumId,
            @JsonbProperty("countries") List<String> countries, @JsonbProperty("from") LocalDate from,
            @JsonbProperty("to") LocalDate to, @JsonbProperty("language") String language,
            @JsonbProperty("region") String region) {
        this.type = type;
        this.forumId = forumId;
        this.countries = countries == null ? List.of() : countries.stream().distinct().sorted().toList();
        this.from = from;
        this.to = to;
        this.language = language;
        this.region = region;
    }

    /** A forum, country or donor report: no region. */
    public ReportRequest(ReportType type, Long forumId, List<String> countries, LocalDate from, LocalDate to,
            String language) {
        this(type, forumId, countries, from, to, language, null);
    }

    /** A regional report of the region with this code. */
    public static ReportRequest regional(String region, LocalDate from, LocalDate to, String language) {
        return new ReportRequest(ReportType.REGIONAL, null, List.of(), from, to, language, region);
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
            case REGIONAL -> region != null;
        };
    }
}
