package org.migportal.delivery.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.LinkedHashSet;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.migportal.geography.entity.Country;
import org.migportal.platform.entity.CountryOwned;
import org.migportal.platform.entity.PortalEntity;
import org.migportal.report.control.ReportType;

/**
 * A report made on a schedule: a country report (one country) or a donor report (chosen countries), in English
 * or French, monthly or quarterly from {@link #getNextRunOn()}; archived like any report, published to the
 * donors of its countries if chosen, and e-mailed to its recipients, attached or as a link.
 */
@Entity
@Table(name = "report_schedule")
public class ReportSchedule extends PortalEntity implements CountryOwned {

    public static final int MAX_RECIPIENTS = 20;
    public static final int EMAIL_LENGTH = 254;
    public static final int ERROR_LENGTH = 1000;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "report_type")
    private ReportType type;

    @Size(min = 1, max = 20, message = "{schedule.countries}")
    @ManyToMany(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "report_schedule_country", joinColumns = @JoinColumn(name = "report_schedule_id"),
            inverseJoinColumns = @JoinColumn(name = "country_id"))
    private Set<Country> countries = new LinkedHashSet<>();

    @NotNull
    @Pattern(regexp = "en|fr", message = "{report.language}")
    private String language = "en";

    @NotNull
    @Enumerated(EnumType.STRING)
    private Frequency frequency = Frequency.QUARTERLY;

    @NotNull
    @Column(name = "next_run_on")
    private LocalDate nextRunOn;

    @Size(min = 1, max = MAX_RECIPIENTS, message = "{schedule.recipients}")
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "report_schedule_recipient", joinColumns = @JoinColumn(name = "report_schedule_id"))
    @Column(name = "email")
    private Set<@NotBlank @Size(max = EMAIL_LENGTH) @Email(regexp = ".+@[^@]+\\.[^@]+", message = "{schedule.recipient}")
            String> recipients = new TreeSet<>();

    @Column(name = "attach_file")
    private boolean attachFile = true;

    @Column(name = "publish_to_donors")
    private boolean publishToDonors;

    private boolean active = true;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @Column(name = "created_at", updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_run_at")
    private LocalDateTime lastRunAt;

    @Column(name = "last_error")
    private String lastError;

    protected ReportSchedule() {
    }

    public ReportSchedule(ReportType type, Collection<Country> countries, String language, Frequency frequency,
            LocalDate nextRunOn, Collection<String> recipients) {
        this.type = type;
        setCountries(countries);
        this.language = language;
        this.frequency = frequency;
        this.nextRunOn = nextRunOn;
        setRecipients(recipients);
    }

    /** Only country and donor reports are scheduled; a country report is of exactly one country. */
    @AssertTrue(message = "{schedule.type}")
    boolean isTypeScheduled() {
        return type == null || type == ReportType.DONOR || type == ReportType.COUNTRY && countries.size() <= 1;
    }

    /** Set by the boundary when the schedule is made. */
    public void createdBy(String username, LocalDateTime at) {
        this.createdBy = username;
        this.createdAt = at;
    }

    /** A run archived its report: the schedule moves on to its next date. */
    public void ran(LocalDate next, LocalDateTime at) {
        this.nextRunOn = next;
        this.lastRunAt = at;
        this.lastError = null;
    }

    public void failed(String error, LocalDateTime at) {
        this.lastRunAt = at;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), ERROR_LENGTH));
    }

    /** The country that decides who may see it: every country of a schedule is checked by the boundary. */
    @Override
    public Country owningCountry() {
        return countries.stream().min(Comparator.comparing(Country::getIsoCode)).orElse(null);
    }

    /** ISO codes, sorted. */
    public List<String> getCountryCodes() {
        return countries.stream().map(Country::getIsoCode).sorted().toList();
    }

    public String getCountryNames() {
        return String.join(", ", countries.stream().map(Country::getName).sorted().toList());
    }

    public ReportType getType() {
        return type;
    }

    public void setType(ReportType type) {
        this.type = type;
    }

    public Set<Country> getCountries() {
        return countries;
    }

    public void setCountries(Collection<Country> countries) {
        this.countries = new LinkedHashSet<>(countries);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public LocalDate getNextRunOn() {
        return nextRunOn;
    }

    public void setNextRunOn(LocalDate nextRunOn) {
        this.nextRunOn = nextRunOn;
    }

    public Set<String> getRecipients() {
        return recipients;
    }

    /** Trimmed and lower-cased, so that one address is not listed twice. */
    public void setRecipients(Collection<String> recipients) {
        this.recipients = new TreeSet<>(recipients.stream().map(String::strip)
                .filter(address -> !address.isEmpty()).map(address -> address.toLowerCase(java.util.Locale.ROOT)).toList());
    }

    public boolean isAttachFile() {
        return attachFile;
    }

    public void setAttachFile(boolean attachFile) {
        this.attachFile = attachFile;
    }

    public boolean isPublishToDonors() {
        return publishToDonors;
    }

    public void setPublishToDonors(boolean publishToDonors) {
        this.publishToDonors = publishToDonors;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getLastRunAt() {
        return lastRunAt;
    }

    public String getLastError() {
        return lastError;
    }
}
