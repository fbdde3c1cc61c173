package org.migportal.reports;

/** One forum's activity in a country report: meetings, attendance, commitments made and kept, communication. */
public record ForumActivity(String code, String name, long meetings, long present, long listed, long commitments,
        long kept, long communications) {
}
