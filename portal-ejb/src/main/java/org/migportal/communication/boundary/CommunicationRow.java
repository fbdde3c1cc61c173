package org.migportal.communication.boundary;

import java.io.Serializable;
import java.util.List;
import org.migportal.communication.entity.CommunicationEntry;
import org.migportal.member.entity.Member;

/**
 * A log entry as lists show it, with the members who took part (as entities, so that the consent
 * rule withholds the names of those the caller may not see).
 */
public record CommunicationRow(CommunicationEntry entry, List<Member> parties) implements Serializable {
}
