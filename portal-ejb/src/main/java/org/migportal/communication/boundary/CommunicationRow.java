package org.migportal.communication.boundary;

import java.util.List;
import org.migportal.communication.entity.CommunicationEntry;

/** A log entry as lists show it, with the full names of the members who took part. */
public record CommunicationRow(CommunicationEntry entry, List<String> parties) {
}
