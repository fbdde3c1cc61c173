package org.migportal.outcome.entity;

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
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.migportal.platform.entity.PortalEntity;
import org.migportal.workplan.entity.Action;

/**
 * A change a forum achieved: what kind, when, whether it reaches beyond the members (the guidance's
 * point: a forum's changes should benefit the market system's participants more widely), how many
 * people benefit and the share of women and youth among them, and who verified it. Evidence files
 * are rows of their own ({@link OutcomeEvidence}); a note of evidence lives here.
 */
@Entity
@NamedQuery(name = Outcome.WITH_ACTIONS, query = """
        SELECT DISTINCT o FROM Outcome o LEFT JOIN FETCH o.actions WHERE o.id = :id""")
public class Outcome extends PortalEntity implements ForumOwned {

    public static final String WITH_ACTIONS = "Outcome.withActions";
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int BEYOND_NOTE_LENGTH = 2000;
    public static final int EVIDENCE_NOTE_LENGTH = 4000;
    public static final int VERIFIED_BY_LENGTH = 150;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    private Forum forum;

    @NotNull
    @PastOrPresent(message = "{outcome.occurredOn.past}")
    @Column(name = "occurred_on")
    private LocalDate occurredOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    private OutcomeType type;

    @NotBlank
    @Size(max = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "reaches_beyond_members")
    private boolean reachesBeyondMembers;

    /** Who beyond the members benefits, and how (or why the change stays within the forum). */
    @Size(max = BEYOND_NOTE_LENGTH)
    @Column(name = "beyond_members_note")
    private String beyondMembersNote;

    @Min(value = 0, message = "{outcome.beneficiaries.negative}")
    @Column(name = "estimated_beneficiaries")
    private Integer estimatedBeneficiaries;

    /** Percent of the estimated beneficiaries. */
    @Min(value = 0, message = "{outcome.share.range}")
    @Max(value = 100, message = "{outcome.share.range}")
    @Column(name = "women_share")
    private Integer womenShare;

    @Min(value = 0, message = "{outcome.share.range}")
    @Max(value = 100, message = "{outcome.share.range}")
    @Column(name = "youth_share")
    private Integer youthShare;

    @Size(max = EVIDENCE_NOTE_LENGTH)
    @Column(name = "evidence_note")
    private String evidenceNote;

    @Size(max = VERIFIED_BY_LENGTH)
    @Column(name = "verified_by")
    private String verifiedBy;

    @PastOrPresent(message = "{outcome.verifiedOn.past}")
    @Column(name = "verified_on")
    private LocalDate verifiedOn;

    /** The actions of the forum's work-plan that led to the outcome. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "outcome_action",
            joinColumns = @JoinColumn(name = "outcome_id"),
            inverseJoinColumns = @JoinColumn(name = "action_id"))
    private Set<Action> actions = new HashSet<>();

    public Outcome() {
    }

    public Outcome(Forum forum, LocalDate occurredOn, OutcomeType type, String description) {
        this.forum = forum;
        this.occurredOn = occurredOn;
        this.type = type;
        this.description = description;
    }

    @AssertTrue(message = "{outcome.verifiedBy.required}")
    boolean isVerifierNamedWhenVerified() {
        return verifiedOn == null || (verifiedBy != null && !verifiedBy.isBlank());
    }

    @AssertTrue(message = "{outcome.verifiedOn.beforeOccurred}")
    boolean isVerifiedAfterOccurred() {
        return verifiedOn == null || occurredOn == null || !verifiedOn.isBefore(occurredOn);
    }

    public boolean isVerified() {
        return verifiedOn != null;
    }

    /** Takes over what an edited copy says, except the forum, which an outcome never changes. */
    public void takeDetailsFrom(Outcome edited) {
        occurredOn = edited.occurredOn;
        type = edited.type;
        description = edited.description;
        reachesBeyondMembers = edited.reachesBeyondMembers;
        beyondMembersNote = blankToNull(edited.beyondMembersNote);
        estimatedBeneficiaries = edited.estimatedBeneficiaries;
        womenShare = edited.womenShare;
        youthShare = edited.youthShare;
        evidenceNote = blankToNull(edited.evidenceNote);
        verifiedBy = blankToNull(edited.verifiedBy);
        verifiedOn = edited.verifiedOn;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Forum getForum() {
        return forum;
    }

    public void setForum(Forum forum) {
        this.forum = forum;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public OutcomeType getType() {
        return type;
    }

    public void setType(OutcomeType type) {
        this.type = type;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isReachesBeyondMembers() {
        return reachesBeyondMembers;
    }

    public void setReachesBeyondMembers(boolean reachesBeyondMembers) {
        this.reachesBeyondMembers = reachesBeyondMembers;
    }

    public String getBeyondMembersNote() {
        return beyondMembersNote;
    }

    public void setBeyondMembersNote(String beyondMembersNote) {
        this.beyondMembersNote = beyondMembersNote;
    }

    public Integer getEstimatedBeneficiaries() {
        return estimatedBeneficiaries;
    }

    public void setEstimatedBeneficiaries(Integer estimatedBeneficiaries) {
        this.estimatedBeneficiaries = estimatedBeneficiaries;
    }

    public Integer getWomenShare() {
        return womenShare;
    }

    public void setWomenShare(Integer womenShare) {
        this.womenShare = womenShare;
    }

    public Integer getYouthShare() {
        return youthShare;
    }

    public void setYouthShare(Integer youthShare) {
        this.youthShare = youthShare;
    }

    public String getEvidenceNote() {
        return evidenceNote;
    }

    public void setEvidenceNote(String evidenceNote) {
        this.evidenceNote = evidenceNote;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public void setVerifiedBy(String verifiedBy) {
        this.verifiedBy = verifiedBy;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }

    public void setVerifiedOn(LocalDate verifiedOn) {
        this.verifiedOn = verifiedOn;
    }

    public Set<Action> getActions() {
        return actions;
    }

    public void setActions(Collection<Action> actions) {
        this.actions = new HashSet<>(actions);
    }

    @Override
    public Forum owningForum() {
        return forum;
    }
}
