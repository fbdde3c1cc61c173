package org.migportal.web.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.migportal.forum.boundary.ForumFilter;
import org.migportal.forum.boundary.Forums;
import org.migportal.geography.boundary.Geography;
import org.migportal.geography.entity.Country;
import org.migportal.geography.entity.Region;
import org.migportal.platform.control.PageRequest;
import org.migportal.report.boundary.Reports;
import org.migportal.report.control.ReportJob;
import org.migportal.report.control.ReportRequest;
import org.migportal.report.control.ReportType;
import org.migportal.web.faces.BoundaryCall;
import org.migportal.web.faces.CallerBacking;

/**
 * Generating a report: what (type, forum, countries or region), the period and the language. The report is
 * made in the background; the page polls its job and offers the file when it is done.
 */
@Named
@ViewScoped
public class GenerateReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A forum to choose, by name and code. */
    public record ForumChoice(long id, String label) implements Serializable {
    }

    @Inject
    Reports reports;

    @Inject
    Forums forums;

    @Inject
    Geography geography;

    @Inject
    CallerBacking caller;

    private ReportType type;
    private Long forumId;
    private String country;
    private List<String> donorCountries = new ArrayList<>();
    private String region;
    private LocalDate from;
    private LocalDate to;
    private String language = "en";

    private List<ReportType> types = List.of();
    private List<Country> countries = List.of();
    private List<Region> regions = List.of();
    private List<ForumChoice> forumChoices = List.of();
    private ReportJob job;

    public void load() {
        boolean secretaryOnly = caller.isSecretary() && !caller.isAdmin() && !caller.isOfficer()
                && !caller.isRegionalManager();
        boolean regional = caller.isAdmin() || caller.isRegionalManager();
        types = secretaryOnly ? List.of(ReportType.FORUM)
                : Arrays.stream(ReportType.values()).filter(t -> regional || t != ReportType.REGIONAL).toList();
        regions = regional ? reports.regions() : List.of();
        if (regions.size() == 1) {
            region = regions.get(0).getCode();
        }
        type = secretaryOnly ? ReportType.FORUM : ReportType.COUNTRY;
        countries = secretaryOnly ? List.of() : geography.readableCountries();
        if (countries.size() == 1) {
            country = countries.get(0).getIsoCode();
            donorCountries = new ArrayList<>(List.of(country));
        }
        forumChoices = forums.search(ForumFilter.none(), new PageRequest(0, PageRequest.MAX_SIZE, "name", true)).stream()
                .map(row -> new ForumChoice(row.forum().getId(), row.forum().getName() + " (" + row.forum().getCode() + ")"))
                .toList();
        if (forumChoices.size() == 1) {
            forumId = forumChoices.get(0).id();
        }
        LocalDate today = LocalDate.now();
        from = today.withDayOfYear(1);
        to = today;
    }

    public void generate() {
        List<String> chosen = switch (type == null ? ReportType.COUNTRY : type) {
            case FORUM -> List.of();
            case COUNTRY -> country == null ? List.of() : List.of(country);
            case DONOR -> donorCountries;
            case REGIONAL -> List.of();
        };
        BoundaryCall.run(() -> job = reports.generate(new ReportRequest(type, type == ReportType.FORUM ? forumId : null,
                chosen, from, to, language, type == ReportType.REGIONAL ? region : null)));
    }

    /** Called by the page's poll while the job runs. */
    public void refresh() {
        if (job != null && !job.finished()) {
            BoundaryCall.run(() -> job = reports.job(job.id()));
        }
    }

    public boolean isRunning() {
        return job != null && !job.finished();
    }

    public boolean isDone() {
        return job != null && job.state() == ReportJob.State.DONE;
    }

    public boolean isFailed() {
        return job != null && job.state() == ReportJob.State.FAILED;
    }

    public ReportJob getJob() {
        return job;
    }

    public ReportType getType() {
        return type;
    }

    public void setType(ReportType type) {
        this.type = type;
    }

    public Long getForumId() {
        return forumId;
    }

    public void setForumId(Long forumId) {
        this.forumId = forumId;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public List<String> getDonorCountries() {
        return donorCountries;
    }

    public void setDonorCountries(List<String> donorCountries) {
        this.donorCountries = donorCountries == null ? new ArrayList<>() : new ArrayList<>(donorCountries);
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public List<Region> getRegions() {
        return regions;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<ReportType> getTypes() {
        return types;
    }

    public List<Country> getCountries() {
        return countries;
    }

    public List<ForumChoice> getForumChoices() {
        return forumChoices;
    }
}
