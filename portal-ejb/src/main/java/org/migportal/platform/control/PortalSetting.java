package org.migportal.platform.control;

import java.util.Locale;

/**
 * Every setting the portal reads from MicroProfile Config, so from the environment in a deployment. The
 * environment variable is the key as MicroProfile Config maps it ({@code portal.db.url} is read from
 * {@code PORTAL_DB_URL}). A setting without a default is required: {@link RequiredSettings} stops the start
 * when it is missing. The start command sets every one of them for its local servers, and
 * {@code docker/compose.yaml} sets the required ones (a build-time check keeps both in step with this list).
 */
public enum PortalSetting {

    DB_URL("portal.db.url", null, "the JDBC URL of the portal's PostgreSQL database, e.g. jdbc:postgresql://db:5432/portal"),
    DB_USER("portal.db.user", null, "the database user the portal connects as"),
    DB_PASSWORD("portal.db.password", null, "that user's password"),
    OIDC_PROVIDER_URI("portal.oidc.provider-uri", null,
            "the Keycloak realm's address as browsers see it, e.g. https://login.example.org/realms/mig-portal"),
    OIDC_CLIENT_ID("portal.oidc.client-id", "mig-portal-web", "the portal's client in that realm"),
    OIDC_CLIENT_SECRET("portal.oidc.client-secret", null, "that client's secret (Keycloak: Clients > mig-portal-web > Credentials)"),
    SESSION_COOKIE_SECURE("portal.session.cookie-secure", "false",
            "true when browsers reach the portal over HTTPS through a proxy that speaks plain HTTP to it"),
    HOUSEKEEPING_INTERVAL("portal.housekeeping.interval", "PT24H",
            "how often the scheduled housekeeping runs (once in a cluster), as an ISO-8601 duration"),
    PUBLIC_BASE_URL("portal.public-base-url", "http://localhost:8080",
            "the portal's address as its users reach it, for the links in e-mails, e.g. https://mig.example.org"),
    SMTP_HOST("portal.smtp.host", "localhost", "the mail server that sends the portal's e-mails (scheduled reports)"),
    SMTP_PORT("portal.smtp.port", "25", "its SMTP port, e.g. 587 for submission with STARTTLS"),
    SMTP_USER("portal.smtp.user", "", "the user to log in to the mail server as; empty for a server that needs no login"),
    SMTP_PASSWORD("portal.smtp.password", "", "that user's password"),
    SMTP_FROM("portal.smtp.from", "MIG Portal <mig-portal@localhost>", "the sender of the portal's e-mails"),
    SMTP_STARTTLS("portal.smtp.starttls", "false",
            "true to require STARTTLS (an encrypted connection) before logging in and sending"),
    REPORT_SCHEDULES_INTERVAL("portal.report-schedules.interval", "PT5M",
            "how often due report schedules and e-mail retries are looked for (once in a cluster), as an ISO-8601 duration");

    private final String key;
    private final String defaultValue;
    private final String meaning;

    PortalSetting(String key, String defaultValue, String meaning) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.meaning = meaning;
    }

    /** The MicroProfile Config key, e.g. {@code portal.db.url}. */
    public String key() {
        return key;
    }

    /** The environment variable MicroProfile Config reads the key from, e.g. {@code PORTAL_DB_URL}. */
    public String environmentVariable() {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** The value used when none is set, or {@code null} for a required setting. */
    public String defaultValue() {
        return defaultValue;
    }

    public boolean required() {
        return defaultValue == null;
    }

    /** What the setting is, for the message that names a missing one. */
    public String meaning() {
        return meaning;
    }
}
