package org.migportal.audit.boundary;

import java.io.Serializable;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Filters of the audit trail; null means no filter. Dates are inclusive. */
public record AuditFilter(
        @Size(max = 2) String countryIso,
        @Size(max = 40) String recordType,
        Long recordId,
        @Size(max = 100) String username,
        LocalDate from,
        LocalDate to) implements Serializable {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public static AuditFilter ofRecord(String recordType, long recordId) {
        return new AuditFilter(null, recordType, recordId, null, null, null);
    }
}
