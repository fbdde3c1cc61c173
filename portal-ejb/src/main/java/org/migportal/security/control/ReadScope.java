package org.migportal.security.control;

import java.io.Serializable;
import java.util.Set;

/**
 * What a caller may read, in the terms list queries filter by: every country, or the listed
 * countries plus the listed forums (a forum secretary reads only their own forum); and the
 * countries whose members' personal data the caller sees even without consent (see
 * {@link PersonalData}).
 */
public record ReadScope(boolean everything, Set<String> countries, Set<String> forums,
        Set<String> personalDataCountries) implements Serializable {

    public ReadScope {
        countries = Set.copyOf(countries);
        forums = Set.copyOf(forums);
        personalDataCountries = Set.copyOf(personalDataCountries);
    }

    /** Countries for an SQL IN list, never empty (an empty IN list is an SQL error). */
    public Set<String> countriesOrNone() {
        return countries.isEmpty() ? Set.of("--") : countries;
    }

    public Set<String> forumsOrNone() {
        return forums.isEmpty() ? Set.of("--") : forums;
    }

    public Set<String> personalDataCountriesOrNone() {
        return personalDataCountries.isEmpty() ? Set.of("--") : personalDataCountries;
    }
}
