package org.migportal.web.api.workshops;

import java.time.LocalDate;
import java.util.List;
import org.migportal.web.api.CountryRef;
import org.migportal.web.api.DistrictRef;
import org.migportal.workshop.entity.Workshop;

/** A workshop with its constraints ranked by votes; {@code version} is what a change must name. */
public record WorkshopDetails(
        long id,
        long version,
        CountryRef country,
        DistrictRef district,
        LocalDate heldOn,
        String marketSystem,
        int participantCount,
        String participants,
        List<ConstraintDetails> constraints) {

    static WorkshopDetails of(Workshop workshop, List<ConstraintDetails> constraints) {
        return new WorkshopDetails(workshop.getId(), workshop.getVersion(), CountryRef.of(workshop.getCountry()),
                DistrictRef.of(workshop.getDistrict()), workshop.getHeldOn(), workshop.getMarketSystem(),
                workshop.getParticipantCount(), workshop.getParticipants(), constraints);
    }
}
