package org.migportal.security.control;

/** The Keycloak realm roles, as constants for {@code @RolesAllowed}. */
public final class Roles {

    public static final String PROGRAMME_ADMIN = "programme-admin";
    public static final String REGIONAL_MANAGER = "regional-manager";
    public static final String COUNTRY_OFFICER = "country-officer";
    public static final String FORUM_SECRETARY = "forum-secretary";
    public static final String DONOR = "donor";

    public static final String[] ALL = {PROGRAMME_ADMIN, REGIONAL_MANAGER, COUNTRY_OFFICER, FORUM_SECRETARY, DONOR};

    private Roles() {
    }
}
