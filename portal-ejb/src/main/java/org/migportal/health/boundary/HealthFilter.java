package org.migportal.health.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * Which forums the dashboard shows: of one country (or every country the caller reads), only those
 * that need attention, and those whose name or code holds a text.
 */
public record HealthFilter(
        @Pattern(regexp = "[A-Z]{2}") String countryIso,
        boolean needsAttention,
        @Size(max = 100) String text) implements Serializable {

    public static HealthFilter ofCountry(String countryIso) {
        return new HealthFilter(countryIso, false, null);
    }
}
