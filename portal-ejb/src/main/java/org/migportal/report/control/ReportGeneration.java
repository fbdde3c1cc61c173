package org.migportal.report.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.migportal.reports.CountryFigures;
import org.migportal.reports.CountryReport;
import org.migportal.reports.DonorFigures;
import org.migportal.reports.DonorReport;
import org.migportal.reports.ForumFigures;
import org.migportal.reports.ForumReport;
import org.migportal.reports.ReportContext;
import org.migportal.reports.ReportLabels;
import org.migportal.reports.RegionalFigures;
import org.migportal.reports.RegionalReport;

/**
 * Generates one report in the background and archives it, in one transaction: figures (aggregate
 * SQL), the PDF, the archive row. Called only by {@code Reports} after it checked the caller's
 * role and scope for this very request; the caller's name comes with it for the archive and the
 * audit trail (the background thread has no login of its own).
 */
@Stateless
@PermitAll
public class ReportGeneration {

    static final String PROGRAMME = "Market Interest Groups Programme";

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportFigures figures;

    @Inject
    ReportArchive archive;

    @Inject
    ReportJobs jobs;

    @Inject
    MetricRegistry metrics;

    /**
     * Generates and archives the report; returns the archive's id. {@code jobId}, if not null, is the job whose
     * progress the page shows; the caller marks it done once this transaction has committed.
     */
    public long run(String jobId, ReportRequest request, String username) {
        long started = System.nanoTime();
        progress(jobId, 10);
        em.createNativeQuery("SELECT set_config('portal.user', ?1, true)").setParameter(1, username).getSingleResult();
        Locale locale = Locale.forLanguageTag(request.language());
        ReportLabels labels = new ReportLabels(locale);
        LocalDate today = LocalDate.now();
        byte[] pdf;
        String title;
        String scope;
        switch (request.type()) {
            case FORUM -> {
                ForumFigures forum = figures.forum(request.forumId(), request.from(), request.to());
                progress(jobId, 50);
                title = labels.text("report.forum.title");
                scope = forum.name() + " (" + forum.code() + "), " + forum.country();
                pdf = ForumReport.render(forum, context(scope, request, locale, today));
            }
            case COUNTRY -> {
                CountryFigures country = figures.country(request.countries().get(0), request.from(), request.to());
                progress(jobId, 50);
                title = labels.text("report.country.title");
                scope = country.country();
                pdf = CountryReport.render(country, context(scope, request, locale, today));
            }
            case DONOR -> {
                DonorFigures donor = figures.donor(request.countries(), request.from(), request.to());
                progress(jobId, 50);
                title = labels.text("report.donor.title");
                scope = String.join(", ", donor.countries().stream().map(c -> c.country()).toList());
                pdf = DonorReport.render(donor, context(scope, request, locale, today));
            }
            case REGIONAL -> {
                RegionalFigures region = figures.regional(request.region(), request.from(), request.to());
                progress(jobId, 50);
                title = labels.text("report.regional.title");
                scope = region.region() + ": " + String.join(", ", region.countries().stream().map(c -> c.country()).toList());
                pdf = RegionalReport.render(region, context(scope, request, locale, today));
            }
            default -> throw new IllegalArgumentException(request.type().name());
        }
        progress(jobId, 90);
        long archived = archive.store(request, title, scope, parameters(request), username, pdf);
        timed(request.type(), started);
        return archived;
    }

    private void progress(String jobId, int percent) {
        if (jobId != null) {
            jobs.progress(jobId, percent);
        }
    }

    /** The time from the start to the archived PDF, by kind of report (MicroProfile Metrics, {@code /metrics}). */
    private void timed(ReportType type, long started) {
        metrics.timer(Metadata.builder().withName("portal.report.generation")
                        .withDescription("Time to generate and archive a report, by type of report").build(),
                new Tag("type", type.name().toLowerCase(Locale.ROOT)))
                .update(Duration.ofNanos(System.nanoTime() - started));
    }

    private static ReportContext context(String scope, ReportRequest request, Locale locale, LocalDate today) {
        return new ReportContext(PROGRAMME, scope, request.from(), request.to(), locale, today);
    }

    private static String parameters(ReportRequest request) {
        JsonArrayBuilder countries = Json.createArrayBuilder();
        request.countries().forEach(countries::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", request.type().name())
                .add("countries", countries)
                .add("from", request.from().toString())
                .add("to", request.to().toString())
                .add("language", request.language());
        if (request.forumId() != null) {
            json.add("forumId", request.forumId());
        }
        if (request.region() != null) {
            json.add("region", request.region());
        }
        return json.build().toString();
    }
}
