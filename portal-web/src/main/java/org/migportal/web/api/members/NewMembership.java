package org.migportal.web.api.members;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.migportal.forum.entity.Forum;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Membership;
import org.migportal.member.entity.MembershipRole;
import org.migportal.member.entity.SelectionMethod;

/** A seat for a member in a forum. The membership entity validates the fields. */
public record NewMembership(
        @NotNull Long forumId,
        @NotNull Long memberId,
        @NotNull MembershipRole role,
        @NotNull SelectionMethod selection,
        @NotNull LocalDate joinedOn,
        BigDecimal contributionHours,
        BigDecimal contributionMoney,
        String contributionInKind) {

    Membership toMembership(Forum forum, Member member) {
        Membership membership = new Membership(forum, member, role, selection, joinedOn);
        membership.setContributionHours(contributionHours);
        membership.setContributionMoney(contributionMoney);
        membership.setContributionInKind(contributionInKind);
        return membership;
    }
}
