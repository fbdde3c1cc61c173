package org.migportal.security.probe;

/** Where the records of a matrix cell lie: a country, or the demo forum of the forum secretary. */
public enum ProbePlace {
    KENYA("KE", null),
    SUDAN("SD", null),
    NEPAL("NP", null),
    KE_KSM_FIN("KE", "KE-KSM-FIN");

    final String isoCode;
    /** A demo forum that is this place: its records are only read (the table denies every change there). */
    final String demoForum;

    ProbePlace(String isoCode, String demoForum) {
        this.isoCode = isoCode;
        this.demoForum = demoForum;
    }
}
