package org.migportal.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.migportal.devserver.DemoData;
import org.migportal.devserver.EmbeddedDatabase;

/**
 * The integration tests' PostgreSQL: started once per test run on the port failsafe reserved
 * ({@code it.db.port}, which the Payara Micro that Arquillian launches reads from its environment),
 * migrated with the portal's Flyway migrations and filled with the demo programme.
 */
public final class TestDatabase {

    private static EmbeddedDatabase database;

    private TestDatabase() {
    }

    /** The running test database, started (and filled) on first use. */
    public static synchronized EmbeddedDatabase get() throws Exception {
        if (database == null) {
            Files.createDirectories(target().resolve("tmp"));
            int port = Integer.parseInt(System.getProperty("it.db.port", "0"));
            EmbeddedDatabase started = port == 0
                    ? EmbeddedDatabase.startOnRandomPort("it-postgres")
                    : EmbeddedDatabase.start(target().resolve("it-postgres/pg-data"), port, false,
                            target().resolve("it-postgres/postgres.log"));
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "it-postgres-stop"));
            started.createDatabaseIfMissing("portal");
            started.createDatabaseIfMissing("keycloak");
            DataSource portal = started.dataSource("portal");
            Flyway.configure().dataSource(portal).locations("classpath:db/migration").load().migrate();
            DemoData.loadIfEmpty(portal);
            database = started;
        }
        return database;
    }

    public static DataSource portal() throws Exception {
        return get().dataSource("portal");
    }

    static Path target() {
        return Path.of(System.getProperty("devserver.target", "target"));
    }
}
