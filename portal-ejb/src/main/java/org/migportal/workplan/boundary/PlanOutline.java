package org.migportal.workplan.boundary;

import java.io.Serializable;
import java.util.List;
import org.migportal.workplan.entity.Milestone;
import org.migportal.workplan.entity.Objective;
import org.migportal.workplan.entity.WorkPlan;

/** A work-plan with its objectives (in order) and milestones (by due date). */
public record PlanOutline(WorkPlan plan, List<Objective> objectives, List<Milestone> milestones) implements Serializable {
}
