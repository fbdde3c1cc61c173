package org.migportal.report.control;

/** The reports the portal generates. (The regional cross-country report comes later.) */
public enum ReportType {
    FORUM, COUNTRY, DONOR
}
