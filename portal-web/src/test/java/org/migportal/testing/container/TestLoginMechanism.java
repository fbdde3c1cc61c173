package org.migportal.testing.container;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.CallerOnlyCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Logs a demo user in when a test asks for it through {@code SecurityContext.authenticate}, with
 * the same roles Keycloak would put in the {@code groups} claim. Only in test deployments, which
 * leave out the portal's OpenID Connect login.
 */
@ApplicationScoped
public class TestLoginMechanism implements HttpAuthenticationMechanism {

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof CallerOnlyCredential credential) {
            return context.notifyContainerAboutLogin(credential.getCaller(),
                    TestUsers.user(credential.getCaller()).roles());
        }
        return context.doNothing();
    }
}
