package org.migportal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OpenID Connect settings, from MicroProfile Config (environment {@code PORTAL_OIDC_PROVIDER_URI},
 * {@code PORTAL_OIDC_CLIENT_ID}, {@code PORTAL_OIDC_CLIENT_SECRET}); read by the EL expressions of
 * {@link PortalLogin}.
 */
@Named
@ApplicationScoped
public class OidcConfig {

    @Inject
    @ConfigProperty(name = "portal.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-id", defaultValue = "mig-portal-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-secret")
    String clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }
}
