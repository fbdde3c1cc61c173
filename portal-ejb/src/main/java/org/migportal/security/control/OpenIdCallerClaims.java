package org.migportal.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.List;
import java.util.Optional;

/** Reads the claims of the ID token of the caller's OpenID Connect login. */
@RequestScoped
public class OpenIdCallerClaims implements CallerClaims {

    @Inject
    Instance<OpenIdContext> openIdContext;

    @Override
    public List<String> values(String claim) {
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
        }).orElse(List.of());
    }

    @Override
    public String displayName() {
        List<String> name = values("name");
        return name.isEmpty() ? String.join("", values("preferred_username")) : name.get(0);
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
