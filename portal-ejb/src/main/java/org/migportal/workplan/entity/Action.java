package org.migportal.workplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumOwned;
import org.migportal.member.entity.MarketActor;
import org.migportal.member.entity.Member;
import org.migportal.platform.control.RuleViolation;
import org.migportal.platform.entity.PortalEntity;

/**
 * Something the forum means to do towards its vision: who does it, who pays, what it may cost and by
 * when. Its feasibility assessment is a row of its own; {@link #chosenPosition} is the place the forum
 * gave it in its sequence. An adapted action points to the action that replaced it.
 */
@Entity
public class Action extends PortalEntity implements ForumOwned {

    public static final int TITLE_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int DOERS_LENGTH = 1000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    private Forum forum;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "work_plan_id")
    private WorkPlan workPlan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "milestone_id")
    private Milestone milestone;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    private String title;

    @Size(max = DESCRIPTION_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_area")
    private ChangeArea changeArea;

    /** "Who does", in words: members or their organisations. */
    @Size(max = DOERS_LENGTH)
    private String doers;

    /** Seated members who do it, when the forum names them. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "action_doer",
            joinColumns = @JoinColumn(name = "action_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    private Set<Member> doerMembers = new HashSet<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    private Payer payer = Payer.NOT_KNOWN;

    /** The actor who pays when it is another actor than the members. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "payer_actor_id")
    private MarketActor payerActor;

    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    @Column(name = "estimated_cost")
    private BigDecimal estimatedCost;

    /** The members' own money put into the action: the guidance's clearest sign of commitment. */
    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    @Column(name = "own_contribution")
    private BigDecimal ownContribution;

    @Pattern(regexp = "[A-Z]{3}", message = "{action.currency.format}")
    @Column(name = "currency_code")
    private String currencyCode;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ActionStatus status = ActionStatus.PLANNED;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaced_by_id")
    private Action replacedBy;

    @PositiveOrZero
    @Column(name = "chosen_position")
    private Integer chosenPosition;

    @OneToOne(mappedBy = "action", fetch = FetchType.LAZY)
    private ActionAssessment assessment;

    public Action() {
    }

    public Action(Forum forum, String title) {
        this.forum = forum;
        this.title = title;
    }

    @AssertTrue(message = "{action.payerActor.onlyOther}")
    public boolean isPayerActorConsistent() {
        return payerActor == null || payer == Payer.OTHER_ACTOR;
    }

    @AssertTrue(message = "{action.currency.required}")
    public boolean isCurrencyGivenForAmounts() {
        return (estimatedCost == null && ownContribution == null) || currencyCode != null;
    }

    /** Takes over what an edited copy says; the forum, status and place in the sequence change elsewhere. */
    public void takeDetailsFrom(Action edited) {
        workPlan = edited.workPlan;
        milestone = edited.milestone;
        title = edited.title;
        description = edited.description;
        changeArea = edited.changeArea;
        doers = edited.doers;
        doerMembers = new HashSet<>(edited.doerMembers);
        payer = edited.payer;
        payerActor = edited.payer == Payer.OTHER_ACTOR ? edited.payerActor : null;
        estimatedCost = edited.estimatedCost;
        ownContribution = edited.ownContribution;
        currencyCode = edited.currencyCode;
        dueOn = edited.dueOn;
    }

    /**
     * Moves the action to a new status. Done needs the day it was done (not in the future); adapted
     * goes through {@link #adaptInto(Action)}, which names the replacement.
     */
    public void changeStatus(ActionStatus target, LocalDate on, LocalDate today) {
        if (target == ActionStatus.ADAPTED) {
            throw new RuleViolation("action.adapted.needsReplacement");
        }
        if (target == ActionStatus.DONE) {
            if (on == null) {
                throw new RuleViolation("action.done.needsDate");
            }
            if (on.isAfter(today)) {
                throw new RuleViolation("action.done.future");
            }
            doneOn = on;
        } else {
            doneOn = null;
        }
        replacedBy = null;
        status = target;
    }

    /** Marks this action as adapted: the forum replaced it with another one. */
    public void adaptInto(Action replacement) {
        if (replacement == null || replacement == this || (replacement.getId() != null && replacement.getId().equals(getId()))) {
            throw new RuleViolation("action.adapted.needsReplacement");
        }
        if (!replacement.forum.equals(forum)) {
            throw new RuleViolation("action.adapted.otherForum");
        }
        status = ActionStatus.ADAPTED;
        replacedBy = replacement;
        doneOn = null;
    }

    public void placeAt(Integer position) {
        chosenPosition = position;
    }

    public boolean isOverdueOn(LocalDate day) {
        return status.isOpen() && dueOn != null && dueOn.isBefore(day);
    }

    public Forum getForum() {
        return forum;
    }

    public WorkPlan getWorkPlan() {
        return workPlan;
    }

    public void setWorkPlan(WorkPlan workPlan) {
        this.workPlan = workPlan;
    }

    public Milestone getMilestone() {
        return milestone;
    }

    public void setMilestone(Milestone milestone) {
        this.milestone = milestone;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ChangeArea getChangeArea() {
        return changeArea;
    }

    public void setChangeArea(ChangeArea changeArea) {
        this.changeArea = changeArea;
    }

    public String getDoers() {
        return doers;
    }

    public void setDoers(String doers) {
        this.doers = doers;
    }

    public Set<Member> getDoerMembers() {
        return doerMembers;
    }

    public void setDoerMembers(Set<Member> doerMembers) {
        this.doerMembers = doerMembers == null ? new HashSet<>() : doerMembers;
    }

    public Payer getPayer() {
        return payer;
    }

    public void setPayer(Payer payer) {
        this.payer = payer;
    }

    public MarketActor getPayerActor() {
        return payerActor;
    }

    public void setPayerActor(MarketActor payerActor) {
        this.payerActor = payerActor;
    }

    public BigDecimal getEstimatedCost() {
        return estimatedCost;
    }

    public void setEstimatedCost(BigDecimal estimatedCost) {
        this.estimatedCost = estimatedCost;
    }

    public BigDecimal getOwnContribution() {
        return ownContribution;
    }

    public void setOwnContribution(BigDecimal ownContribution) {
        this.ownContribution = ownContribution;
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    public void setCurrencyCode(String currencyCode) {
        this.currencyCode = currencyCode;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public Action getReplacedBy() {
        return replacedBy;
    }

    public Integer getChosenPosition() {
        return chosenPosition;
    }

    /** The assessment, or null while the action has not been assessed. */
    public ActionAssessment getAssessment() {
        return assessment;
    }

    @Override
    public Forum owningForum() {
        return forum;
    }
}
