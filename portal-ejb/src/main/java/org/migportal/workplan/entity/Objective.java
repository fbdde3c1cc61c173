package org.migportal.workplan.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumOwned;
import org.migportal.platform.entity.PortalEntity;

/** One objective of a work-plan, in the plan's order. */
@Entity
public class Objective extends PortalEntity implements ForumOwned {

    public static final int TEXT_LENGTH = 1000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_plan_id")
    private WorkPlan workPlan;

    @NotBlank
    @Size(max = TEXT_LENGTH)
    private String text;

    @PositiveOrZero
    private int position;

    public Objective() {
    }

    public Objective(WorkPlan workPlan, String text, int position) {
        this.workPlan = workPlan;
        this.text = text;
        this.position = position;
    }

    public WorkPlan getWorkPlan() {
        return workPlan;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public int getPosition() {
        return position;
    }

    @Override
    public Forum owningForum() {
        return workPlan.getForum();
    }
}
