package org.migportal.geography.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.migportal.platform.entity.PortalEntity;

/** A state, province, county or district: the level at which forums work best (the guidance). */
@Entity
@NamedQuery(name = District.FIND_BY_COUNTRY,
        query = "SELECT d FROM District d WHERE d.country.isoCode = :isoCode ORDER BY d.name")
public class District extends PortalEntity {

    public static final String FIND_BY_COUNTRY = "District.findByCountry";
    public static final int NAME_LENGTH = 100;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_id")
    private Country country;

    @NotBlank
    @Size(max = NAME_LENGTH)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    private DistrictLevel level;

    protected District() {
    }

    public District(Country country, String name, DistrictLevel level) {
        this.country = country;
        this.name = name;
        this.level = level;
    }

    public Country getCountry() {
        return country;
    }

    public String getName() {
        return name;
    }

    public DistrictLevel getLevel() {
        return level;
    }
}
