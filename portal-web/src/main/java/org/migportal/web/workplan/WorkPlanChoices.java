package org.migportal.web.workplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.migportal.workplan.entity.ActionStatus;
import org.migportal.workplan.entity.ChecklistAnswer;
import org.migportal.workplan.entity.Feasibility;
import org.migportal.workplan.entity.MilestoneStatus;
import org.migportal.workplan.entity.Payer;

/** The work-plan enums' constants, in declaration order, for select menus, radios and filters. */
@Named
@ApplicationScoped
public class WorkPlanChoices {

    public List<ActionStatus> getActionStatuses() {
        return List.of(ActionStatus.values());
    }

    public List<MilestoneStatus> getMilestoneStatuses() {
        return List.of(MilestoneStatus.values());
    }

    public List<Payer> getPayers() {
        return List.of(Payer.values());
    }

    public List<ChecklistAnswer> getAnswers() {
        return List.of(ChecklistAnswer.values());
    }

    public List<Feasibility> getSides() {
        return List.of(Feasibility.values());
    }

    public List<Integer> getScale() {
        return List.of(1, 2, 3, 4, 5);
    }
}
