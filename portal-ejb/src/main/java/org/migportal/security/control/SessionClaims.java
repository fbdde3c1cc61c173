package org.migportal.security.control;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The login's claims (name, role groups, scope), kept in the HTTP session in a form that can be serialised, so
 * that another instance of a cluster knows the user when the one they logged in on is gone. The login
 * mechanism's own record of the login (Soteria's {@code OpenIdContext}) holds tokens that cannot be serialised
 * and stays behind on the instance that made it.
 */
@SessionScoped
public class SessionClaims implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private Map<String, List<String>> claims = Map.of();

    /** Keeps the claims of the login just made or checked. */
    public void keep(String username, Map<String, List<String>> claims) {
        this.username = username;
        this.claims = Map.copyOf(claims);
    }

    /** The logged-in user's login name, if a login was kept in this session. */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    public List<String> values(String claim) {
        return claims.getOrDefault(claim, List.of());
    }
}
