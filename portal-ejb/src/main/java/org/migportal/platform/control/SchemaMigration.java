package org.migportal.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the database schema up to date with the Flyway migrations in {@code db/migration}
 * before anything else touches it. EclipseLink never generates schema.
 *
 * <p>The datasource is defined here so that the jar carries everything it needs; its settings come
 * from MicroProfile Config (environment {@code PORTAL_DB_URL}, {@code PORTAL_DB_USER},
 * {@code PORTAL_DB_PASSWORD}).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/portal",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
            // A connection is checked with SELECT 1 before it is handed out (meta-data validation never reaches
            // PostgreSQL), and one broken connection makes the pool drop them all: after a database restart the
            // first request finds the pool fresh instead of failing once per stale connection.
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
            "fish.payara.fail-all-connections=true",
            // While the database is away a request waits at most this long for a connection, then fails with
            // "try again" (DatabaseUnavailable) instead of hanging for the default minute.
            "fish.payara.max-wait-time-in-millis=10000"
        })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
