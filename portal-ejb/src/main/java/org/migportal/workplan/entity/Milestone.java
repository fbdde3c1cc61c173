package org.migportal.workplan.entity;

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
import org.migportal.platform.entity.PortalEntity;

/**
 * A point the plan means to reach by a date, optionally under one objective; a reflection meeting looks
 * back on these ("progress towards objectives or milestones").
 */
@Entity
public class Milestone extends PortalEntity implements ForumOwned {

    public static final int TITLE_LENGTH = 300;
    public static final int NOTE_LENGTH = 1000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_plan_id")
    private WorkPlan workPlan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "objective_id")
    private Objective objective;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    private String title;

    @NotNull
    @Column(name = "due_on")
    private LocalDate dueOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    private MilestoneStatus status = MilestoneStatus.PLANNED;

    @Size(max = NOTE_LENGTH)
    private String note;

    public Milestone() {
    }

    public Milestone(WorkPlan workPlan, Objective objective, String title, LocalDate dueOn) {
        this.workPlan = workPlan;
        this.objective = objective;
        this.title = title;
        this.dueOn = dueOn;
    }

    /** Pending and past its date. */
    public boolean isOverdueOn(LocalDate day) {
        return status == MilestoneStatus.PLANNED && dueOn.isBefore(day);
    }

    public WorkPlan getWorkPlan() {
        return workPlan;
    }

    public Objective getObjective() {
        return objective;
    }

    public void setObjective(Objective objective) {
        this.objective = objective;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public MilestoneStatus getStatus() {
        return status;
    }

    public void setStatus(MilestoneStatus status) {
        this.status = status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    @Override
    public Forum owningForum() {
        return workPlan.getForum();
    }
}
