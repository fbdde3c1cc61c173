package org.migportal.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumOwned;
import org.migportal.platform.entity.PortalEntity;

/**
 * A member's seat in a forum: the role they hold, how they were chosen and what they contribute of
 * their own (the guidance's sign of commitment). Leaving keeps the row as history.
 */
@Entity
@NamedQuery(name = Membership.CURRENT_OF_FORUM, query = """
        SELECT ms FROM Membership ms JOIN FETCH ms.member m JOIN FETCH m.actor
        WHERE ms.forum = :forum AND ms.leftOn IS NULL ORDER BY m.familyName, m.givenName""")
@NamedQuery(name = Membership.ALL_OF_FORUM, query = """
        SELECT ms FROM Membership ms JOIN FETCH ms.member m JOIN FETCH m.actor
        WHERE ms.forum = :forum ORDER BY ms.leftOn NULLS FIRST, m.familyName, m.givenName""")
@NamedQuery(name = Membership.ALL_OF_MEMBER, query = """
        SELECT ms FROM Membership ms JOIN FETCH ms.forum f
        WHERE ms.member = :member ORDER BY ms.joinedOn DESC""")
@NamedQuery(name = Membership.CURRENT_OF_MEMBER_IN_FORUM, query = """
        SELECT ms FROM Membership ms WHERE ms.forum = :forum AND ms.member = :member AND ms.leftOn IS NULL""")
public class Membership extends PortalEntity implements ForumOwned {

    public static final String CURRENT_OF_FORUM = "Membership.currentOfForum";
    public static final String ALL_OF_FORUM = "Membership.allOfForum";
    public static final String ALL_OF_MEMBER = "Membership.allOfMember";
    public static final String CURRENT_OF_MEMBER_IN_FORUM = "Membership.currentOfMemberInForum";
    public static final int IN_KIND_LENGTH = 500;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    private Forum forum;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @NotNull
    @Enumerated(EnumType.STRING)
    private MembershipRole role = MembershipRole.MEMBER;

    @NotNull
    @Enumerated(EnumType.STRING)
    private SelectionMethod selection = SelectionMethod.VOLUNTEERED;

    @NotNull
    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    /** Hours a month the member gives to the forum. */
    @DecimalMin("0")
    @Digits(integer = 6, fraction = 1)
    @Column(name = "contribution_hours")
    private BigDecimal contributionHours;

    /** Money the member has put in, in the country's currency. */
    @DecimalMin("0")
    @Digits(integer = 10, fraction = 2)
    @Column(name = "contribution_money")
    private BigDecimal contributionMoney;

    @Size(max = IN_KIND_LENGTH)
    @Column(name = "contribution_in_kind")
    private String contributionInKind;

    public Membership() {
    }

    public Membership(Forum forum, Member member, MembershipRole role, SelectionMethod selection, LocalDate joinedOn) {
        this.forum = forum;
        this.member = member;
        this.role = role;
        this.selection = selection;
        this.joinedOn = joinedOn;
    }

    public boolean isCurrent() {
        return leftOn == null;
    }

    /** Whether the member belonged to the forum on that day. */
    public boolean isCurrentOn(LocalDate day) {
        return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
    }

    public void leave(LocalDate on) {
        if (on.isBefore(joinedOn)) {
            throw new IllegalArgumentException("A member cannot leave before joining.");
        }
        leftOn = on;
    }

    /** Takes over what a draft seat says the member contributes of their own. */
    public void takeContributionsFrom(Membership draft) {
        contributionHours = draft.contributionHours;
        contributionMoney = draft.contributionMoney;
        contributionInKind = draft.contributionInKind;
    }

    public boolean isContributing() {
        return positive(contributionHours) || positive(contributionMoney)
                || (contributionInKind != null && !contributionInKind.isBlank());
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }

    @AssertTrue(message = "{membership.dates}")
    boolean isLeftAfterJoined() {
        return leftOn == null || joinedOn == null || !leftOn.isBefore(joinedOn);
    }

    public Forum getForum() {
        return forum;
    }

    public Member getMember() {
        return member;
    }

    public MembershipRole getRole() {
        return role;
    }

    public void setRole(MembershipRole role) {
        this.role = role;
    }

    public SelectionMethod getSelection() {
        return selection;
    }

    public void setSelection(SelectionMethod selection) {
        this.selection = selection;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public BigDecimal getContributionHours() {
        return contributionHours;
    }

    public void setContributionHours(BigDecimal contributionHours) {
        this.contributionHours = contributionHours;
    }

    public BigDecimal getContributionMoney() {
        return contributionMoney;
    }

    public void setContributionMoney(BigDecimal contributionMoney) {
        this.contributionMoney = contributionMoney;
    }

    public String getContributionInKind() {
        return contributionInKind;
    }

    public void setContributionInKind(String contributionInKind) {
        this.contributionInKind = contributionInKind;
    }

    @Override
    public Forum owningForum() {
        return forum;
    }
}
