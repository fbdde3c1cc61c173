package org.migportal.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import org.migportal.security.control.Roles;

/**
 * Login through Keycloak (OpenID Connect, authorization code flow). Keycloak puts the realm roles
 * into the {@code groups} claim, which Payara maps to roles of the same name; the scope claims
 * ({@code countries}, {@code regions}, {@code forums}) are read by the EJB tier.
 *
 * <p>{@code redirectToOriginalResource} stays off: Soteria's replay of the original request fails on
 * a GET without parameters (eclipse-ee4j/soteria#333). {@link LoginCallback} sends the user on
 * instead.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcConfig.providerUri}",
        clientId = "${oidcConfig.clientId}",
        clientSecret = "${oidcConfig.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = false,
        scope = {"openid", "email", "profile"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"))
@DeclareRoles({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY, Roles.DONOR})
@ApplicationScoped
public class PortalLogin {
}
