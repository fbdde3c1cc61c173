package org.migportal.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the test database before any integration test class, so that it is up before Arquillian
 * deploys the portal, and Keycloak in the background for the tests that log in through it. Registered through {@code META-INF/services}; only acts in the failsafe run
 * (which sets {@code it.db.port}), so unit tests start nothing.
 */
public class TestEnvironmentListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("it.db.port") != null) {
            try {
                TestDatabase.get();
                TestKeycloak.startInBackground();
            } catch (Exception e) {
                throw new IllegalStateException("The integration tests' PostgreSQL did not start", e);
            }
        }
    }
}
