package org.migportal.outcome.boundary;

import java.io.Serializable;

/** An evidence file as stored, for a download: its name, checked type, checksum and bytes. */
public record EvidenceFile(String fileName, String contentType, String sha256, byte[] content) implements Serializable {
}
