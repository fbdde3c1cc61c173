package org.migportal.devserver;

import java.nio.file.Path;

/** The text the launcher prints once everything is up: where to go, who to log in as, where the logs are. */
final class Banner {

    private static final String LINE = "=".repeat(88);

    private Banner() {
    }

    static String text(PortalLauncher.Settings s, double startSeconds, Path payaraLog, Path keycloakLog) {
        Path root = s.root();
        return String.join("\n",
                "",
                LINE,
                String.format("  MIG Portal is running (started in %.1f s)", startSeconds),
                "",
                "  Portal           http://localhost:" + s.portalPort() + "/",
                "  Keycloak admin   http://localhost:" + s.keycloakPort() + "/admin   (admin / admin)",
                "",
                "  Demo logins, password demo1234 for all:",
                "    programme.admin    programme-admin",
                "    regional.manager   regional-manager   East Africa",
                "    officer.kenya      country-officer    Kenya",
                "    officer.sudan      country-officer    Sudan",
                "    secretary.kisumu   forum-secretary    Kisumu poultry finance forum (KE-KSM-FIN)",
                "    donor.demo         donor              Kenya + Sudan",
                "",
                "  Logs             " + root.relativize(payaraLog),
                "                   " + root.relativize(keycloakLog),
                "                   " + root.relativize(s.logDir().resolve(PortalLauncher.POSTGRES_LOG)),
                "  Database         jdbc:postgresql://localhost:" + s.postgresPort() + "/portal (user postgres),"
                        + " data in " + root.relativize(s.postgresDataDir()),
                "                   (kept between runs; start with -Dreset=true to wipe .data/)",
                "",
                "  Ctrl-C stops everything.",
                LINE,
                "");
    }
}
