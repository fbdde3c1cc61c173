package org.migportal.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads the claims of the token the caller came with: the bearer access token of a REST API call
 * (MicroProfile JWT makes it the caller principal), otherwise the ID token of the browser's
 * OpenID Connect login (or, on another instance of a cluster, the copy of its claims in the session,
 * {@link SessionClaims}). Keycloak puts the same claims into both.
 */
@RequestScoped
public class TokenCallerClaims implements CallerClaims {

    @Inject
    SecurityContext securityContext;

    @Inject
    Instance<OpenIdContext> openIdContext;

    @Inject
    Instance<SessionClaims> sessionClaims;

    @Override
    public List<String> values(String claim) {
        // The bearer token first: asking OpenIdContext (session scoped) would open an HTTP session for an API call.
        if (securityContext.getCallerPrincipal() instanceof JsonWebToken bearer) {
            return strings(bearer.getClaim(claim));
        }
        return idTokenClaims().map(claims -> {
            try {
                List<String> values = claims.getArrayStringClaim(claim);
                if (values != null && !values.isEmpty()) {
                    return values;
                }
            } catch (RuntimeException notAnArray) {
                // a single value: read it below
            }
            return claims.getStringClaim(claim).map(List::of).orElse(List.of());
        }).orElseGet(() -> keptClaims(claim));
    }

    /** After a failover the login's tokens stayed on the instance that made it; its claims came along in the session. */
    private List<String> keptClaims(String claim) {
        try {
            SessionClaims kept = sessionClaims.get();
            return kept.username().isPresent() ? kept.values(claim) : List.of();
        } catch (RuntimeException noSession) {
            // a timer, or a test without an HTTP session
            return List.of();
        }
    }

    @Override
    public String displayName() {
        List<String> name = values("name");
        return name.isEmpty() ? String.join("", values("preferred_username")) : name.get(0);
    }

    /** A claim of a MicroProfile JWT: absent, one value (a JSON or Java string), or an array or set of them. */
    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(TokenCallerClaims::string).toList();
        }
        return List.of(string(value));
    }

    private static String string(Object value) {
        return value instanceof JsonString json ? json.getString() : String.valueOf(value);
    }

    private Optional<JwtClaims> idTokenClaims() {
        if (openIdContext.isUnsatisfied()) {
            return Optional.empty();
        }
        try {
            var token = openIdContext.get().getIdentityToken();
            return token == null ? Optional.empty() : Optional.ofNullable(token.getJwtClaims());
        } catch (RuntimeException notLoggedInThroughOpenId) {
            // no OpenID Connect session on this request (e.g. a call from a test or a timer)
            return Optional.empty();
        }
    }
}
