package org.migportal.web.workplan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.migportal.workplan.boundary.ActionFilter;
import org.migportal.workplan.boundary.Actions;
import org.migportal.workplan.boundary.WorkPlans;
import org.migportal.workplan.entity.Action;
import org.migportal.workplan.entity.ActionStatus;
import org.migportal.workplan.entity.WorkPlan;

/**
 * The work-plan section of a forum's page: the latest plan, how many actions are planned, under way and
 * done, and the next actions in the forum's chosen order. Loaded once per view for the forum the page shows.
 */
@Named
@ViewScoped
public class WorkPlanSectionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int NEXT_SHOWN = 3;

    @Inject
    WorkPlans workPlans;

    @Inject
    Actions actions;

    private Long forumId;
    private WorkPlan latest;
    private long planned;
    private long underWay;
    private long done;
    private List<Action> next = List.of();

    public WorkPlanSectionBacking load(Long forum) {
        if (forum != null && !forum.equals(forumId)) {
            List<WorkPlan> plans = workPlans.ofForum(forum);
            latest = plans.isEmpty() ? null : plans.get(0);
            planned = actions.count(new ActionFilter(forum, null, ActionStatus.PLANNED, null));
            underWay = actions.count(new ActionFilter(forum, null, ActionStatus.IN_PROGRESS, null));
            done = actions.count(new ActionFilter(forum, null, ActionStatus.DONE, null));
            next = actions.sequence(forum).chosen().stream().limit(NEXT_SHOWN).toList();
            forumId = forum;
        }
        return this;
    }

    public WorkPlan getLatest() {
        return latest;
    }

    public long getPlanned() {
        return planned;
    }

    public long getUnderWay() {
        return underWay;
    }

    public long getDone() {
        return done;
    }

    public List<Action> getNext() {
        return next;
    }
}
