package org.migportal.web.api.members;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.migportal.member.entity.Membership;
import org.migportal.member.entity.MembershipRole;
import org.migportal.member.entity.SelectionMethod;

/** A current membership's changed details, made on the given version. Forum and member cannot change. */
public record MembershipChange(
        @NotNull Long version,
        @NotNull MembershipRole role,
        @NotNull SelectionMethod selection,
        @NotNull LocalDate joinedOn,
        BigDecimal contributionHours,
        BigDecimal contributionMoney,
        String contributionInKind) {

    void applyTo(Membership membership) {
        membership.setRole(role);
        membership.setSelection(selection);
        membership.setJoinedOn(joinedOn);
        membership.setContributionHours(contributionHours);
        membership.setContributionMoney(contributionMoney);
        membership.setContributionInKind(contributionInKind);
    }
}
