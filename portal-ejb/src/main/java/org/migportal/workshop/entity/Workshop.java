package org.migportal.workshop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.migportal.geography.entity.Country;
import org.migportal.geography.entity.District;
import org.migportal.platform.entity.CountryOwned;
import org.migportal.platform.entity.PortalEntity;

/**
 * A participatory market-mapping workshop: market actors of one market system in a district map
 * it together, list its constraints and vote on those they will commit time and effort to.
 */
@Entity
public class Workshop extends PortalEntity implements CountryOwned {

    public static final int MARKET_SYSTEM_LENGTH = 80;
    public static final int PARTICIPANTS_LENGTH = 4000;
    public static final int MAX_PARTICIPANTS = 10_000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id")
    private District district;

    @NotNull
    @PastOrPresent
    @Column(name = "held_on")
    private LocalDate heldOn;

    @NotBlank
    @Size(max = MARKET_SYSTEM_LENGTH)
    @Column(name = "market_system")
    private String marketSystem;

    @Min(0)
    @Max(MAX_PARTICIPANTS)
    @Column(name = "participant_count")
    private int participantCount;

    /** Who took part: names and organisations as the workshop recorded them, free text. */
    @Size(max = PARTICIPANTS_LENGTH)
    private String participants;

    public Workshop() {
    }

    public Workshop(District district, LocalDate heldOn, String marketSystem, int participantCount) {
        this.district = district;
        this.heldOn = heldOn;
        this.marketSystem = marketSystem;
        this.participantCount = participantCount;
    }

    public Country getCountry() {
        return district.getCountry();
    }

    public District getDistrict() {
        return district;
    }

    public void setDistrict(District district) {
        this.district = district;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getMarketSystem() {
        return marketSystem;
    }

    public void setMarketSystem(String marketSystem) {
        this.marketSystem = marketSystem == null ? null : marketSystem.strip();
    }

    public int getParticipantCount() {
        return participantCount;
    }

    public void setParticipantCount(int participantCount) {
        this.participantCount = participantCount;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    @Override
    public Country owningCountry() {
        return district.getCountry();
    }
}
