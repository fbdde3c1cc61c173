package org.migportal.web.workplan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.Forum;
import org.migportal.meeting.entity.Adaptation;
import org.migportal.platform.control.NotFoundException;
import org.migportal.web.faces.BoundaryCall;
import org.migportal.web.faces.BoundaryLazyModel;
import org.migportal.web.faces.Messages;
import org.migportal.web.faces.ViewLocale;
import org.migportal.workplan.boundary.ActionFilter;
import org.migportal.workplan.boundary.ActionPosition;
import org.migportal.workplan.boundary.ActionSequence;
import org.migportal.workplan.boundary.Actions;
import org.migportal.workplan.boundary.PlanOutline;
import org.migportal.workplan.boundary.WorkPlans;
import org.migportal.workplan.entity.Action;
import org.migportal.workplan.entity.ActionStatus;
import org.migportal.workplan.entity.Milestone;
import org.migportal.workplan.entity.MilestoneStatus;
import org.migportal.workplan.entity.Objective;
import org.migportal.workplan.entity.WorkPlan;

/**
 * A forum's work-plan page ({@code ?forum=<id>}, optionally {@code &plan=<id>}): the plan with its
 * objectives and milestones, the forum's actions, the order the forum chose beside the suggested one
 * (moved with up/down buttons, saved on the versions seen), the difficulty × cost matrix, and the
 * reflection adaptations still to be taken into the plan. Editing shows only to those who may plan.
 */
@Named
@ViewScoped
public class ForumWorkPlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Forums forums;

    @Inject
    WorkPlans workPlans;

    @Inject
    Actions actions;

    @Inject
    ViewLocale viewLocale;

    private Long forumId;
    private Long planId;
    private Forum forum;
    private boolean plannable;
    private List<WorkPlan> plans = List.of();
    private PlanOutline outline;
    private ActionSequence sequence;
    private List<Action> chosen = new ArrayList<>();
    private boolean orderChanged;
    private String matrix;
    private List<Adaptation> openAdaptations = List.of();
    private ActionStatus status;
    private BoundaryLazyModel<Action> model;
    private boolean conflict;

    private WorkPlan planDraft;
    private String objectiveText;
    private Objective objectiveEdited;
    private Milestone milestoneDraft;
    private Long milestoneObjectiveId;
    private Adaptation adaptationToLink;
    private Long linkActionId;

    public void load() {
        if (forumId == null) {
            throw new NotFoundException("Forum", "");
        }
        forum = forums.get(forumId);
        plannable = workPlans.canPlan(forumId);
        model = new BoundaryLazyModel<>(() -> actions.count(filter()), page -> actions.search(filter(), page), Action::getId);
        reload();
    }

    private void reload() {
        plans = workPlans.ofForum(forumId);
        WorkPlan shown = plans.stream().filter(p -> p.getId().equals(planId)).findFirst()
                .orElse(plans.isEmpty() ? null : plans.get(0));
        planId = shown == null ? null : shown.getId();
        outline = shown == null ? null : workPlans.outline(shown.getId());
        showSequence(actions.sequence(forumId));
        openAdaptations = actions.openAdaptations(forumId);
        conflict = false;
    }

    private void showSequence(ActionSequence loaded) {
        sequence = loaded;
        chosen = new ArrayList<>(loaded.chosen());
        orderChanged = false;
        matrix = ActionMatrix.config(loaded.suggested(), Messages.text("Feasibility.DIFFICULTY"),
                Messages.text("Feasibility.COST"), "rtl".equals(direction()));
    }

    private String direction() {
        return viewLocale.getDirection();
    }

    private ActionFilter filter() {
        return new ActionFilter(forumId, null, status, null);
    }

    /* ---- the plan ---- */

    public void showPlan(Long id) {
        planId = id;
        reload();
    }

    public void prepareNewPlan() {
        LocalDate start = LocalDate.now().withDayOfMonth(1);
        planDraft = new WorkPlan(forum, null, start, start.plusYears(1).minusDays(1));
    }

    public void prepareEditPlan() {
        planDraft = outline.plan();
    }

    public void savePlan() {
        BoundaryCall.run(() -> {
            WorkPlan saved = planDraft.isNew() ? workPlans.create(planDraft) : workPlans.update(planDraft);
            planId = saved.getId();
            Messages.info("workplan.plan.saved", saved.getTitle());
            planDraft = null;
            reload();
        });
    }

    public void deletePlan() {
        WorkPlan plan = outline.plan();
        BoundaryCall.run(() -> {
            workPlans.delete(plan.getId(), plan.getVersion());
            Messages.info("workplan.plan.deleted", plan.getTitle());
            planId = null;
            reload();
        }, () -> conflict = true);
    }

    public void addObjective() {
        BoundaryCall.run(() -> {
            workPlans.saveObjective(new Objective(outline.plan(), objectiveText, 0));
            objectiveText = null;
            reload();
        });
    }

    public void prepareEditObjective(Objective objective) {
        objectiveEdited = objective;
    }

    public void saveObjective() {
        BoundaryCall.run(() -> {
            workPlans.saveObjective(objectiveEdited);
            objectiveEdited = null;
            reload();
        });
    }

    public void deleteObjective(Objective objective) {
        BoundaryCall.run(() -> {
            workPlans.deleteObjective(objective.getId(), objective.getVersion());
            reload();
        }, () -> conflict = true);
    }

    public void prepareNewMilestone() {
        milestoneDraft = new Milestone(outline.plan(), null, null, outline.plan().getEndsOn());
        milestoneObjectiveId = null;
    }

    public void prepareEditMilestone(Milestone milestone) {
        milestoneDraft = milestone;
        milestoneObjectiveId = milestone.getObjective() == null ? null : milestone.getObjective().getId();
    }

    public void saveMilestone() {
        milestoneDraft.setObjective(outline.objectives().stream()
                .filter(o -> o.getId().equals(milestoneObjectiveId)).findFirst().orElse(null));
        BoundaryCall.run(() -> {
            workPlans.saveMilestone(milestoneDraft);
            Messages.info("workplan.milestone.saved", milestoneDraft.getTitle());
            milestoneDraft = null;
            reload();
        });
    }

    public void deleteMilestone(Milestone milestone) {
        BoundaryCall.run(() -> {
            workPlans.deleteMilestone(milestone.getId(), milestone.getVersion());
            reload();
        }, () -> conflict = true);
    }

    /* ---- the order ---- */

    public void moveUp(int index) {
        if (index > 0 && index < chosen.size()) {
            Collections.swap(chosen, index, index - 1);
            orderChanged = true;
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < chosen.size() - 1) {
            Collections.swap(chosen, index, index + 1);
            orderChanged = true;
        }
    }

    /** Puts the chosen list in the suggested order; the forum still saves it. */
    public void takeSuggestion() {
        chosen = new ArrayList<>(sequence.suggested());
        orderChanged = true;
    }

    public void saveOrder() {
        BoundaryCall.run(() -> {
            showSequence(actions.reorder(forumId,
                    chosen.stream().map(a -> new ActionPosition(a.getId(), a.getVersion())).toList()));
            Messages.info("workplan.order.saved");
        }, () -> conflict = true);
    }

    public void discardOrder() {
        showSequence(actions.sequence(forumId));
    }

    /* ---- adaptations ---- */

    public void prepareLinkAdaptation(Adaptation adaptation) {
        adaptationToLink = adaptation;
        linkActionId = null;
    }

    public void linkAdaptation() {
        BoundaryCall.run(() -> {
            actions.linkAdaptation(adaptationToLink.getId(), adaptationToLink.getVersion(), linkActionId);
            Messages.info("workplan.adaptation.linked");
            adaptationToLink = null;
            reload();
        });
    }

    /* ---- what the page shows ---- */

    /** The 1-based place the rule suggests for an action (0 when it is not open). */
    public int suggestedPlace(Action action) {
        return sequence.suggestedPlaceOf(action);
    }

    public List<Action> getPlotted() {
        return ActionMatrix.plotted(sequence.suggested());
    }

    public List<MilestoneStatus> getMilestoneStatuses() {
        return List.of(MilestoneStatus.values());
    }

    public Long getForumId() {
        return forumId;
    }

    public void setForumId(Long forumId) {
        this.forumId = forumId;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public Forum getForum() {
        return forum;
    }

    public boolean isPlannable() {
        return plannable;
    }

    public List<WorkPlan> getPlans() {
        return plans;
    }

    public PlanOutline getOutline() {
        return outline;
    }

    public ActionSequence getSequence() {
        return sequence;
    }

    public List<Action> getChosen() {
        return chosen;
    }

    public boolean isOrderChanged() {
        return orderChanged;
    }

    public String getMatrix() {
        return matrix;
    }

    public List<Adaptation> getOpenAdaptations() {
        return openAdaptations;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public BoundaryLazyModel<Action> getModel() {
        return model;
    }

    public boolean isConflict() {
        return conflict;
    }

    public WorkPlan getPlanDraft() {
        return planDraft;
    }

    public String getObjectiveText() {
        return objectiveText;
    }

    public void setObjectiveText(String objectiveText) {
        this.objectiveText = objectiveText;
    }

    public Objective getObjectiveEdited() {
        return objectiveEdited;
    }

    public Milestone getMilestoneDraft() {
        return milestoneDraft;
    }

    public Long getMilestoneObjectiveId() {
        return milestoneObjectiveId;
    }

    public void setMilestoneObjectiveId(Long milestoneObjectiveId) {
        this.milestoneObjectiveId = milestoneObjectiveId;
    }

    public Adaptation getAdaptationToLink() {
        return adaptationToLink;
    }

    public Long getLinkActionId() {
        return linkActionId;
    }

    public void setLinkActionId(Long linkActionId) {
        this.linkActionId = linkActionId;
    }
}
