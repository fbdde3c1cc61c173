package org.migportal.security.control;

import java.util.List;

/**
 * The claims of the caller's login token: the ID token of the web login (OpenID Connect) or the
 * bearer access token of a REST API call; Keycloak puts the same claims into both.
 */
public interface CallerClaims {

    /** The values of a claim that may hold one or several strings; empty if absent. */
    List<String> values(String claim);

    /** A name to greet the caller with. */
    String displayName();
}
