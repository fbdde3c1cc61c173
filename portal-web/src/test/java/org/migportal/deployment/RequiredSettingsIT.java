package org.migportal.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.migportal.devserver.PayaraMicroServer;

/**
 * A deployment that forgot a required setting does not start half-way: the portal says which variable is
 * missing and what it is, and the process ends (exit code 78), so that a container runtime shows the failure.
 */
class RequiredSettingsIT {

    @Test
    void aMissingRequiredSettingStopsTheStartWithAMessageThatNamesIt() throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("devserver.target", "target")).toAbsolutePath()
                .resolve("required-settings-it"));
        PayaraMicroServer portal = PayaraMicroServer.builder(Path.of(System.getProperty("payara.microJar")),
                        Path.of(System.getProperty("it.war")))
                .randomPort()
                .maxHeap("512m")
                .jvmOption("-XX:TieredStopAtLevel=1")
                .jvmOption("-XX:+UseSerialGC")
                .workDir(dir)
                // a database that is never reached: the check comes first
                .env("PORTAL_DB_URL", "jdbc:postgresql://localhost:1/portal")
                .env("PORTAL_DB_USER", "portal")
                .env("PORTAL_DB_PASSWORD", "secret")
                .env("PORTAL_OIDC_PROVIDER_URI", "http://localhost:1/realms/mig-portal")
                .launch();
        try {
            assertThatThrownBy(() -> portal.awaitDeployed(Duration.ofSeconds(300)))
                    .hasMessageContaining("exited with code 78");
            assertThat(Files.readString(portal.logFile()))
                    .contains("The portal cannot start: required setting PORTAL_OIDC_CLIENT_SECRET is not set.")
                    .contains("PORTAL_OIDC_CLIENT_SECRET (portal.oidc.client-secret): that client's secret")
                    .doesNotContain("PORTAL_DB_URL (");
        } finally {
            portal.stop();
        }
    }
}
