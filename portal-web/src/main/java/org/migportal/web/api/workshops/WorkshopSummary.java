package org.migportal.web.api.workshops;

import java.time.LocalDate;
import org.migportal.web.api.CountryRef;
import org.migportal.web.api.DistrictRef;
import org.migportal.workshop.boundary.WorkshopRow;
import org.migportal.workshop.entity.Workshop;

/** A workshop as a list shows it, with how many constraints it listed and how many became forums. */
public record WorkshopSummary(
        long id,
        CountryRef country,
        DistrictRef district,
        LocalDate heldOn,
        String marketSystem,
        int participantCount,
        long constraints,
        long forumsSetUp) {

    static WorkshopSummary of(WorkshopRow row) {
        Workshop workshop = row.workshop();
        return new WorkshopSummary(workshop.getId(), CountryRef.of(workshop.getCountry()),
                DistrictRef.of(workshop.getDistrict()), workshop.getHeldOn(), workshop.getMarketSystem(),
                workshop.getParticipantCount(), row.constraints(), row.forums());
    }
}
