package org.migportal.reports;

/**
 * The sections of the reports that come from records the portal gains feature by feature. While a
 * section's records do not exist, the figures list it as not yet recorded and the report prints
 * its heading with a "no data recorded yet" line, in this order, instead of leaving it out.
 */
public enum ReportSection {
    MEETINGS_ATTENDANCE, COMMITMENTS, COMMUNICATION, ACTIONS, OUTCOMES, LESSONS
}
