package org.migportal.web.api;

import org.migportal.geography.entity.Country;

/** A country as the API names it in other records. */
public record CountryRef(String isoCode, String name) {

    public static CountryRef of(Country country) {
        return country == null ? null : new CountryRef(country.getIsoCode(), country.getName());
    }
}
