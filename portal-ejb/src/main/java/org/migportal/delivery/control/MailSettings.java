package org.migportal.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mail server and the portal's public address, from MicroProfile Config (so from the environment:
 * {@code PORTAL_SMTP_HOST}, {@code PORTAL_SMTP_PORT}, {@code PORTAL_SMTP_USER}, {@code PORTAL_SMTP_PASSWORD},
 * {@code PORTAL_SMTP_FROM}, {@code PORTAL_SMTP_STARTTLS}, {@code PORTAL_PUBLIC_BASE_URL}).
 */
@ApplicationScoped
public class MailSettings {

    /** Connecting, reading and writing: a mail server that hangs must not hold a delivery for long. */
    static final int TIMEOUT_MILLIS = 20_000;

    @Inject
    @ConfigProperty(name = "portal.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "portal.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "portal.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "portal.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.smtp.from", defaultValue = "MIG Portal <mig-portal@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "portal.smtp.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "portal.public-base-url", defaultValue = "http://localhost:8080")
    String publicBaseUrl;

    /** Jakarta Mail's session properties for this server. */
    public Properties sessionProperties() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put("mail.smtp.timeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put("mail.smtp.auth", Boolean.toString(login().isPresent()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(starttls));
        return properties;
    }

    /** The user to log in as, if the server wants a login. */
    public Optional<String> login() {
        return user.filter(name -> !name.isBlank());
    }

    public String password() {
        return password.orElse("");
    }

    public String from() {
        return from;
    }

    /** The portal's address without a trailing slash, e.g. {@code https://mig.example.org}. */
    public String publicBaseUrl() {
        return publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    /** Where the mail goes, for messages and logs (never the password). */
    public String server() {
        return host + ":" + port;
    }
}
