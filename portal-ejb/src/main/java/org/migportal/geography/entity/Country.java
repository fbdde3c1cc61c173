package org.migportal.geography.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Year;
import org.migportal.platform.entity.PortalEntity;

/**
 * A programme country. Its youth age bounds differ from country to country (national youth
 * policies), so "youth" is always decided against the member's country.
 */
@Entity
@NamedQuery(name = Country.FIND_ALL, query = "SELECT c FROM Country c JOIN FETCH c.region ORDER BY c.name")
@NamedQuery(name = Country.FIND_BY_ISO_CODE, query = "SELECT c FROM Country c WHERE c.isoCode = :isoCode")
public class Country extends PortalEntity {

    public static final String FIND_ALL = "Country.findAll";
    public static final String FIND_BY_ISO_CODE = "Country.findByIsoCode";
    public static final int NAME_LENGTH = 100;

    @NotNull
    @Pattern(regexp = "[A-Z]{2}")
    @Column(name = "iso_code")
    private String isoCode;

    @NotBlank
    @Size(max = NAME_LENGTH)
    private String name;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    @NotNull
    @Pattern(regexp = "[A-Z]{3}")
    @Column(name = "currency_code")
    private String currencyCode;

    @Min(10)
    @Max(40)
    @Column(name = "youth_min_age")
    private int youthMinAge;

    @Min(15)
    @Max(45)
    @Column(name = "youth_max_age")
    private int youthMaxAge;

    protected Country() {
    }

    public Country(String isoCode, String name, Region region, String currencyCode, int youthMinAge, int youthMaxAge) {
        this.isoCode = isoCode;
        this.name = name;
        this.region = region;
        this.currencyCode = currencyCode;
        this.youthMinAge = youthMinAge;
        this.youthMaxAge = youthMaxAge;
    }

    /** Whether someone born in {@code birthYear} counts as youth in this country in {@code year}. */
    public boolean isYouth(int birthYear, Year year) {
        int age = year.getValue() - birthYear;
        return age >= youthMinAge && age <= youthMaxAge;
    }


    @AssertTrue(message = "{country.youthBounds}")
    boolean isYouthRangeValid() {
        return youthMinAge < youthMaxAge;
    }

    public String getIsoCode() {
        return isoCode;
    }

    public String getName() {
        return name;
    }

    public Region getRegion() {
        return region;
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    public int getYouthMinAge() {
        return youthMinAge;
    }

    public int getYouthMaxAge() {
        return youthMaxAge;
    }
}
