package org.migportal.security.control;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is calling and what they may see, taken from the login token (roles from the {@code groups}
 * claim, scope from the {@code countries}, {@code regions} and {@code forums} claims). Never from
 * anything the browser sends.
 */
public record Caller(
        String username,
        String displayName,
        Set<String> roles,
        Set<String> countries,
        Set<String> regions,
        Set<String> forums) implements Serializable {

    public Caller {
        roles = Set.copyOf(roles);
        countries = Set.copyOf(countries);
        regions = Set.copyOf(regions);
        forums = Set.copyOf(forums);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole(Roles.PROGRAMME_ADMIN);
    }
}
