package org.migportal.report.control;

/** The reports the portal generates. */
public enum ReportType {
    FORUM, COUNTRY, DONOR, REGIONAL
}
