package org.migportal.workshop.boundary;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** The filters of the workshop list; any of them may be null (no filter). */
public record WorkshopFilter(
        @Size(max = 2) String countryIso,
        Long districtId,
        @Size(max = 80) String marketSystem,
        LocalDate from,
        LocalDate to) implements Serializable {

    public static WorkshopFilter none() {
        return new WorkshopFilter(null, null, null, null, null);
    }
}
