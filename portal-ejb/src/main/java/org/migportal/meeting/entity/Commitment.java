package org.migportal.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumOwned;
import org.migportal.member.entity.Member;
import org.migportal.platform.control.RuleViolation;
import org.migportal.platform.entity.PortalEntity;
import org.migportal.workplan.entity.Action;

/**
 * What a member promised at a meeting and by when: the guidance's "commitments on paper". Later it is
 * kept, renegotiated to a new date, communicated as not possible, or broken.
 */
@Entity
public class Commitment extends PortalEntity implements ForumOwned {

    public static final int DESCRIPTION_LENGTH = 1000;
    public static final int NOTE_LENGTH = 1000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @NotBlank
    @Size(max = DESCRIPTION_LENGTH)
    private String description;

    @NotNull
    @Column(name = "due_on")
    private LocalDate dueOn;

    /** The date first promised, kept when a renegotiation moves {@link #dueOn}. */
    @NotNull
    @Column(name = "first_due_on")
    private LocalDate firstDueOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    private CommitmentStatus status = CommitmentStatus.OPEN;

    @Column(name = "status_changed_on")
    private LocalDate statusChangedOn;

    @Size(max = NOTE_LENGTH)
    private String note;

    /** The work-plan action this serves (for a commitment) or became or changed (for an adaptation). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "action_id")
    private Action action;

    public Commitment() {
    }

    public Commitment(Meeting meeting, Member member, String description, LocalDate dueOn) {
        this.meeting = meeting;
        this.member = member;
        this.description = description;
        this.dueOn = dueOn;
        this.firstDueOn = dueOn;
    }

    /**
     * Records what became of the commitment. Renegotiating needs a new date after the meeting;
     * the other outcomes keep the date that was due.
     */
    public void changeStatus(CommitmentStatus target, LocalDate newDueOn, String why, LocalDate today) {
        if (target == CommitmentStatus.RENEGOTIATED) {
            if (newDueOn == null) {
                throw new RuleViolation("commitment.renegotiate.needsDate");
            }
            if (newDueOn.isBefore(meeting.getHeldOn())) {
                throw new RuleViolation("commitment.due.beforeMeeting");
            }
            dueOn = newDueOn;
        }
        status = target;
        statusChangedOn = today;
        note = why == null || why.isBlank() ? null : why.strip();
    }

    /** Pending and past its date. */
    public boolean isOverdueOn(LocalDate day) {
        return status.isPending() && dueOn.isBefore(day);
    }

    public boolean isOverdue() {
        return isOverdueOn(LocalDate.now());
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Member getMember() {
        return member;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getFirstDueOn() {
        return firstDueOn;
    }

    public CommitmentStatus getStatus() {
        return status;
    }

    public LocalDate getStatusChangedOn() {
        return statusChangedOn;
    }

    public String getNote() {
        return note;
    }

    public Action getAction() {
        return action;
    }

    public void setAction(Action action) {
        this.action = action;
    }

    @Override
    public Forum owningForum() {
        return meeting.getForum();
    }
}
