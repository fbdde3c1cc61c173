package org.migportal.web.api.members;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.migportal.forum.entity.Forum;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Membership;
import org.migportal.member.entity.MembershipRole;
import org.migportal.member.entity.SelectionMethod;

/** A membership: who sits in which forum, since when, in which role, contributing what. */
public record MembershipDetails(
        long id,
        long version,
        ForumRef forum,
        MemberRef member,
        MembershipRole role,
        SelectionMethod selection,
        LocalDate joinedOn,
        LocalDate leftOn,
        BigDecimal contributionHours,
        BigDecimal contributionMoney,
        String contributionInKind) {

    /** The forum of a membership. */
    public record ForumRef(long id, String code, String name) {
    }

    public static MembershipDetails of(Membership membership) {
        Forum forum = membership.getForum();
        Member member = membership.getMember();
        return new MembershipDetails(membership.getId(), membership.getVersion(),
                new ForumRef(forum.getId(), forum.getCode(), forum.getName()),
                MemberRef.of(member),
                membership.getRole(), membership.getSelection(), membership.getJoinedOn(), membership.getLeftOn(),
                membership.getContributionHours(), membership.getContributionMoney(), membership.getContributionInKind());
    }
}
