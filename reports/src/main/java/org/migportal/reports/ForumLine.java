package org.migportal.reports;

import java.time.LocalDate;

/** One forum's line in a country report: who it is, where it stands and who takes part in it. */
public record ForumLine(String code, String name, String district, String status, LocalDate statusSince,
        Participation participation, long actorTypes) {
}
