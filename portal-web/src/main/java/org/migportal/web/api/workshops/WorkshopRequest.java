package org.migportal.web.api.workshops;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.migportal.geography.entity.District;
import org.migportal.workshop.entity.Workshop;

/**
 * A new workshop, or a workshop's changed details. The workshop entity validates the fields.
 *
 * @param version for a change: the version it was made on; ignored when creating
 * @param participants who took part, names and organisations, free text
 */
public record WorkshopRequest(
        Long version,
        @NotNull Long districtId,
        LocalDate heldOn,
        String marketSystem,
        @NotNull Integer participantCount,
        String participants) {

    void applyTo(Workshop workshop, District district) {
        workshop.setDistrict(district);
        workshop.setHeldOn(heldOn);
        workshop.setMarketSystem(marketSystem);
        workshop.setParticipantCount(participantCount);
        workshop.setParticipants(participants);
    }
}
