package org.migportal.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.migportal.audit.boundary.AuditFilter;
import org.migportal.audit.boundary.AuditTrail;
import org.migportal.audit.entity.AuditEntry;
import org.migportal.geography.boundary.Geography;
import org.migportal.geography.entity.Country;
import org.migportal.web.faces.BoundaryLazyModel;
import org.migportal.web.faces.CallerBacking;

/**
 * The audit trail, newest change first, one page at a time from the boundary. A record's history
 * comes from the URL ({@code /audit/list?recordType=forum&recordId=12}), as the forum page links.
 */
@Named
@ViewScoped
public class ListAuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The pages that show a record, by the audit trail's kind of record; the others have none. */
    private static final Map<String, String> RECORD_PAGES = Map.of(
            "forum", "/forums/view",
            "member", "/members/edit",
            "market_actor", "/actors/edit");

    @Inject
    AuditTrail auditTrail;

    @Inject
    Geography geography;

    @Inject
    CallerBacking caller;

    private String countryIso;
    private String recordType;
    private Long recordId;
    private String username;
    private LocalDate from;
    private LocalDate to;

    private List<Country> countries = List.of();
    private List<String> recordTypes = List.of();
    private BoundaryLazyModel<AuditEntry> model;

    public void load() {
        // Officers' scope is their countries already; the country choice is for those who see them all.
        countries = caller.isAdmin() ? geography.readableCountries() : List.of();
        recordTypes = auditTrail.recordTypes();
        if (countryIso != null && countries.stream().noneMatch(c -> c.getIsoCode().equals(countryIso))) {
            countryIso = null;
        }
        if (recordType != null && !recordTypes.contains(recordType)) {
            recordType = null;
        }
        model = new BoundaryLazyModel<>(() -> auditTrail.count(filter()), page -> auditTrail.search(filter(), page),
                AuditEntry::getId);
    }

    /** The whole trail again, after a record's history. */
    public void showAllRecords() {
        recordId = null;
    }

    private AuditFilter filter() {
        return new AuditFilter(countryIso, recordType, recordId, username, from, to);
    }

    /** The page showing the entry's record, or null when its kind has none. */
    public String recordPage(AuditEntry entry) {
        return "DELETE".equals(entry.getAction()) ? null : RECORD_PAGES.get(entry.getRecordType());
    }

    /** The entry's time in UTC, as the date filters mean it (f:convertDateTime takes no Instant). */
    public OffsetDateTime when(AuditEntry entry) {
        return entry.getAt().atOffset(ZoneOffset.UTC);
    }

    public String getCountryIso() {
        return countryIso;
    }

    public void setCountryIso(String countryIso) {
        this.countryIso = countryIso == null || countryIso.isBlank() ? null : countryIso.strip().toUpperCase();
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType == null || recordType.isBlank() ? null : recordType.strip();
    }

    public Long getRecordId() {
        return recordId;
    }

    public void setRecordId(Long recordId) {
        this.recordId = recordId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null || username.isBlank() ? null : username.strip();
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

    public List<Country> getCountries() {
        return countries;
    }

    public List<String> getRecordTypes() {
        return recordTypes;
    }

    public BoundaryLazyModel<AuditEntry> getModel() {
        return model;
    }
}
