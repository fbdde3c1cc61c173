package org.migportal.testing.container;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import org.migportal.security.control.CallerClaims;

/** The token claims of the demo user a test logged in as (see {@link TestUsers}). */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@RequestScoped
public class TestCallerClaims implements CallerClaims {

    @Inject
    SecurityContext securityContext;

    @Override
    public List<String> values(String claim) {
        var principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return List.of();
        }
        TestUsers.User user = TestUsers.user(principal.getName());
        return switch (claim) {
            case "groups" -> new ArrayList<>(user.roles());
            case "countries" -> user.countries();
            case "regions" -> user.regions();
            case "forums" -> user.forums();
            case "preferred_username" -> List.of(principal.getName());
            default -> List.of();
        };
    }

    @Override
    public String displayName() {
        var principal = securityContext.getCallerPrincipal();
        return principal == null ? "" : principal.getName();
    }
}
