package org.migportal.testing.container;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo users of keycloak-realm/mig-portal-realm.json with the claims Keycloak puts in their
 * tokens, for tests that run inside the container without a browser login.
 */
public final class TestUsers {

    public record User(Set<String> roles, List<String> countries, List<String> regions, List<String> forums) {
    }

    public static final String ADMIN = "programme.admin";
    public static final String REGIONAL_MANAGER = "regional.manager";
    public static final String OFFICER_KENYA = "officer.kenya";
    public static final String OFFICER_SUDAN = "officer.sudan";
    public static final String SECRETARY_KISUMU = "secretary.kisumu";
    public static final String DONOR = "donor.demo";

    static final Map<String, User> USERS = Map.of(
            ADMIN, new User(Set.of("programme-admin"), List.of(), List.of(), List.of()),
            REGIONAL_MANAGER, new User(Set.of("regional-manager"), List.of(), List.of("EA"), List.of()),
            OFFICER_KENYA, new User(Set.of("country-officer"), List.of("KE"), List.of(), List.of()),
            OFFICER_SUDAN, new User(Set.of("country-officer"), List.of("SD"), List.of(), List.of()),
            SECRETARY_KISUMU, new User(Set.of("forum-secretary"), List.of("KE"), List.of(), List.of("KE-KSM-FIN")),
            DONOR, new User(Set.of("donor"), List.of("KE", "SD"), List.of(), List.of()));

    private TestUsers() {
    }

    static User user(String username) {
        User user = USERS.get(username);
        if (user == null) {
            throw new IllegalArgumentException("No test user " + username);
        }
        return user;
    }
}
