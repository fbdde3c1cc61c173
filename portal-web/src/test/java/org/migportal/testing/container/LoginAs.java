package org.migportal.testing.container;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.CallerOnlyCredential;

/** Switches the current test request to a demo user, as their login would. */
@ApplicationScoped
public class LoginAs {

    @Inject
    SecurityContext securityContext;

    public void user(String username) {
        AuthenticationStatus status = securityContext.authenticate(CurrentExchange.request(), CurrentExchange.response(),
                AuthenticationParameters.withParams()
                        .credential(new CallerOnlyCredential(username))
                        .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Could not log in " + username + ": " + status);
        }
    }
}
