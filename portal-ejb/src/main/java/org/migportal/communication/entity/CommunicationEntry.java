package org.migportal.communication.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumOwned;
import org.migportal.member.entity.Member;
import org.migportal.platform.control.RuleViolation;
import org.migportal.platform.entity.PortalEntity;

/**
 * One entry of a forum's communication log: who communicated with whom (the forum's members
 * taking part, and outside parties by name), how, what for, and what came of it.
 */
@Entity
@Table(name = "communication_entry")
@NamedQuery(name = CommunicationEntry.WITH_PARTIES, query = """
        SELECT DISTINCT e FROM CommunicationEntry e LEFT JOIN FETCH e.parties WHERE e.id = :id""")
public class CommunicationEntry extends PortalEntity implements ForumOwned {

    public static final String WITH_PARTIES = "CommunicationEntry.withParties";
    public static final int OUTSIDE_PARTIES_LENGTH = 500;
    public static final int SUMMARY_LENGTH = 4000;
    public static final int FOLLOW_UP_LENGTH = 2000;
    public static final int OUTCOME_LENGTH = 2000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    private Forum forum;

    @NotNull
    @PastOrPresent
    @Column(name = "happened_on")
    private LocalDate happenedOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    private CommunicationKind kind;

    /** For external communication only: who was reached. */
    @Enumerated(EnumType.STRING)
    private ExternalAudience audience;

    @NotNull
    @Enumerated(EnumType.STRING)
    private CommunicationChannel channel;

    @NotNull
    @Enumerated(EnumType.STRING)
    private CommunicationPurpose purpose;

    /** The forum's members who took part. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "communication_party",
            joinColumns = @JoinColumn(name = "communication_entry_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    private Set<Member> parties = new HashSet<>();

    /** Who else took part, e.g. "County Director of Livestock" or "Kisumu Daily reporter". */
    @Size(max = OUTSIDE_PARTIES_LENGTH)
    @Column(name = "outside_parties")
    private String outsideParties;

    @NotBlank
    @Size(max = SUMMARY_LENGTH)
    private String summary;

    @Size(max = FOLLOW_UP_LENGTH)
    @Column(name = "follow_up")
    private String followUp;

    @Size(max = OUTCOME_LENGTH)
    private String outcome;

    public CommunicationEntry() {
    }

    public CommunicationEntry(Forum forum, LocalDate happenedOn, CommunicationKind kind, CommunicationChannel channel,
            CommunicationPurpose purpose, String summary) {
        this.forum = forum;
        this.happenedOn = happenedOn;
        this.kind = kind;
        this.channel = channel;
        this.purpose = purpose;
        this.summary = summary;
    }

    /**
     * The parties a kind of communication needs: two members talking to each other, a member
     * talking to their own organisation, or someone outside the forum.
     */
    public void requirePartiesFitKind() {
        switch (kind) {
            case MEMBER_TO_MEMBER -> {
                if (parties.size() < 2) {
                    throw new RuleViolation("communication.parties.twoMembers");
                }
            }
            case INTERNAL -> {
                if (parties.isEmpty()) {
                    throw new RuleViolation("communication.parties.oneMember");
                }
            }
            case EXTERNAL -> {
                if (outsideParties == null || outsideParties.isBlank()) {
                    throw new RuleViolation("communication.parties.outside");
                }
            }
        }
    }

    @AssertTrue(message = "{communication.audience}")
    boolean isAudienceGivenForExternalOnly() {
        return kind == null || (kind == CommunicationKind.EXTERNAL) == (audience != null);
    }

    /** Copies what a draft says onto this entry (the forum and the parties are set on their own). */
    public void takeDetailsFrom(CommunicationEntry draft) {
        happenedOn = draft.happenedOn;
        kind = draft.kind;
        audience = draft.audience;
        channel = draft.channel;
        purpose = draft.purpose;
        outsideParties = draft.outsideParties;
        summary = draft.summary;
        followUp = draft.followUp;
        outcome = draft.outcome;
    }

    public Forum getForum() {
        return forum;
    }

    public void setForum(Forum forum) {
        this.forum = forum;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public void setHappenedOn(LocalDate happenedOn) {
        this.happenedOn = happenedOn;
    }

    public CommunicationKind getKind() {
        return kind;
    }

    /** Changing the kind away from external drops the audience, which only external communication has. */
    public void setKind(CommunicationKind kind) {
        this.kind = kind;
        if (kind != CommunicationKind.EXTERNAL) {
            audience = null;
        }
    }

    public boolean isExternal() {
        return kind == CommunicationKind.EXTERNAL;
    }

    public ExternalAudience getAudience() {
        return audience;
    }

    public void setAudience(ExternalAudience audience) {
        this.audience = audience;
    }

    public CommunicationChannel getChannel() {
        return channel;
    }

    public void setChannel(CommunicationChannel channel) {
        this.channel = channel;
    }

    public CommunicationPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(CommunicationPurpose purpose) {
        this.purpose = purpose;
    }

    public Set<Member> getParties() {
        return parties;
    }

    public void setParties(Collection<Member> members) {
        parties.clear();
        parties.addAll(members);
    }

    public String getOutsideParties() {
        return outsideParties;
    }

    public void setOutsideParties(String outsideParties) {
        this.outsideParties = outsideParties;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = followUp;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    @Override
    public Forum owningForum() {
        return forum;
    }
}
