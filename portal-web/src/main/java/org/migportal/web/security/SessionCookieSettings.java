package org.migportal.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's flags (OWASP ASVS 5.0 V3.3): HttpOnly (in web.xml), {@code SameSite=Lax}
 * (set in {@code glassfish-web.xml}: Payara does not send attributes given to
 * {@link SessionCookieConfig#setAttribute}) and Secure.
 *
 * <p>Lax, not Strict: Keycloak sends the browser back to {@code /callback} with a cross-site top-level
 * GET, which must carry the session that holds the login's state and nonce; Lax still keeps the
 * cookie off cross-site POSTs, frames and sub-resources.
 *
 * <p>Secure: Payara marks the session cookie Secure whenever the request came over HTTPS
 * ({@code cookieSecure=dynamic} in {@code glassfish-web.xml}). Behind a
 * proxy that ends TLS and speaks plain HTTP to Payara, set {@code portal.session.cookie-secure=true}
 * (environment {@code PORTAL_SESSION_COOKIE_SECURE}) so the cookie is Secure regardless.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        boolean alwaysSecure = ConfigProvider.getConfig()
                .getOptionalValue("portal.session.cookie-secure", Boolean.class).orElse(false);
        if (alwaysSecure) {
            cookie.setSecure(true);
        }
    }
}
