package org.migportal.security.control;

import java.util.List;

/**
 * The claims of the caller's login token. The web login (OpenID Connect) provides them; the
 * REST API's bearer tokens will provide them the same way.
 */
public interface CallerClaims {

    /** The values of a claim that may hold one or several strings; empty if absent. */
    List<String> values(String claim);

    /** A name to greet the caller with. */
    String displayName();
}
