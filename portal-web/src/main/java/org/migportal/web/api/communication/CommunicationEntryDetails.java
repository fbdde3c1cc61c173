package org.migportal.web.api.communication;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.migportal.communication.entity.CommunicationChannel;
import org.migportal.communication.entity.CommunicationEntry;
import org.migportal.communication.entity.CommunicationKind;
import org.migportal.communication.entity.CommunicationPurpose;
import org.migportal.communication.entity.ExternalAudience;
import org.migportal.forum.entity.Forum;
import org.migportal.member.entity.Member;
import org.migportal.web.api.CountryRef;
import org.migportal.web.api.members.MembershipDetails.ForumRef;
import org.migportal.web.api.members.MemberRef;

/** A log entry with all its details; {@code version} is what a change must name. */
public record CommunicationEntryDetails(
        long id,
        long version,
        ForumRef forum,
        CountryRef country,
        LocalDate happenedOn,
        CommunicationKind kind,
        ExternalAudience audience,
        CommunicationChannel channel,
        CommunicationPurpose purpose,
        List<MemberRef> parties,
        String outsideParties,
        String summary,
        String followUp,
        String outcome) {

    static CommunicationEntryDetails of(CommunicationEntry entry) {
        List<MemberRef> parties = entry.getParties().stream()
                .map(CommunicationEntryDetails::memberRef)
                .sorted(Comparator.comparing(MemberRef::familyName, Comparator.nullsLast(Comparator.<String>naturalOrder()))
                        .thenComparing(MemberRef::id))
                .toList();
        return new CommunicationEntryDetails(entry.getId(), entry.getVersion(), forumRef(entry),
                CountryRef.of(entry.getForum().getCountry()), entry.getHappenedOn(), entry.getKind(), entry.getAudience(),
                entry.getChannel(), entry.getPurpose(), parties, entry.getOutsideParties(), entry.getSummary(),
                entry.getFollowUp(), entry.getOutcome());
    }

    /** A party; no name when withheld from the caller (the consent rule). */
    static MemberRef memberRef(Member member) {
        return MemberRef.of(member);
    }

    static ForumRef forumRef(CommunicationEntry entry) {
        Forum forum = entry.getForum();
        return new ForumRef(forum.getId(), forum.getCode(), forum.getName());
    }
}
