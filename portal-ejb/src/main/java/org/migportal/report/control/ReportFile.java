package org.migportal.report.control;

/** An archived report's file, exactly as it was archived, with its checksum. */
public record ReportFile(String fileName, String sha256, byte[] content) {
}
