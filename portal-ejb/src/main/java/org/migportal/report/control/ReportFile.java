package org.migportal.report.control;

import java.io.Serializable;

/** An archived report's file, exactly as it was archived, with its checksum. */
public record ReportFile(String fileName, String sha256, byte[] content) implements Serializable {
}
