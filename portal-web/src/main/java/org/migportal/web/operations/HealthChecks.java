package org.migportal.web.operations;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * The portal's MicroProfile Health checks ({@code /health/live}, {@code /health/ready}). Ready means it can
 * serve its users: the database answers, and Keycloak answers (without it nobody new can log in). Live means
 * the process answers at all; a database or Keycloak outage must not make an orchestrator restart a portal that
 * recovers by itself.
 */
@ApplicationScoped
public class HealthChecks {

    private static final int DATABASE_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource database;

    @Inject
    KeycloakAvailability keycloak;

    @Produces
    @Liveness
    HealthCheck alive() {
        return () -> HealthCheckResponse.up("portal");
    }

    @Produces
    @Readiness
    HealthCheck databaseReachable() {
        return () -> {
            try (Connection connection = database.getConnection()) {
                return HealthCheckResponse.named("portal-database").status(connection.isValid(DATABASE_TIMEOUT_SECONDS)).build();
            } catch (SQLException | RuntimeException e) {
                return HealthCheckResponse.named("portal-database").down().withData("error", e.getClass().getSimpleName()).build();
            }
        };
    }

    @Produces
    @Readiness
    HealthCheck keycloakReachable() {
        return () -> HealthCheckResponse.named("portal-keycloak").status(keycloak.reachable()).build();
    }
}
