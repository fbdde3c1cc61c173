package org.migportal.platform.control;

import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Stops the start when a required {@link PortalSetting} is not set, with a message that names the environment
 * variable to set, and ends the process: a Payara Micro that carries on without the portal would look alive to a
 * container runtime.
 *
 * <p>It runs as the persistence unit's session customizer because that is the first of the portal's code
 * Payara runs: it creates the persistence unit, and logs in to the database, while it prepares the deployment,
 * before any startup bean or listener. Without this check a missing database URL shows up as "Access denied to
 * execute this method: setURL" in a connection pool stack trace, and a missing client secret only at the first
 * login.
 */
public class RequiredSettings implements SessionCustomizer {

    private static final Logger LOG = Logger.getLogger(RequiredSettings.class.getName());
    /** sysexits.h EX_CONFIG. */
    private static final int CONFIGURATION_ERROR = 78;

    @Override
    public void customize(Session session) {
        List<PortalSetting> missing = missing(ConfigProvider.getConfig());
        if (!missing.isEmpty()) {
            String message = message(missing);
            LOG.severe(message);
            System.exit(CONFIGURATION_ERROR);
        }
    }

    static List<PortalSetting> missing(Config config) {
        return Arrays.stream(PortalSetting.values())
                .filter(PortalSetting::required)
                .filter(setting -> config.getOptionalValue(setting.key(), String.class)
                        .filter(value -> !value.isBlank()).isEmpty())
                .toList();
    }

    static String message(List<PortalSetting> missing) {
        return "The portal cannot start: required setting" + (missing.size() == 1 ? " " : "s ")
                + missing.stream().map(PortalSetting::environmentVariable).collect(Collectors.joining(", "))
                + (missing.size() == 1 ? " is" : " are") + " not set."
                + missing.stream().map(s -> "\n  " + s.environmentVariable() + " (" + s.key() + "): " + s.meaning())
                        .collect(Collectors.joining());
    }
}
