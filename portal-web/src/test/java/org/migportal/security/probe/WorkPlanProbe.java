package org.migportal.security.probe;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.migportal.forum.entity.Forum;
import org.migportal.meeting.entity.Adaptation;
import org.migportal.meeting.entity.Commitment;
import org.migportal.platform.control.PageRequest;
import org.migportal.security.probe.BoundaryProbe.Step;
import org.migportal.workplan.boundary.ActionFilter;
import org.migportal.workplan.boundary.ActionPosition;
import org.migportal.workplan.boundary.Actions;
import org.migportal.workplan.boundary.AssessmentForm;
import org.migportal.workplan.boundary.WorkPlans;
import org.migportal.workplan.entity.Action;
import org.migportal.workplan.entity.ActionStatus;
import org.migportal.workplan.entity.Milestone;
import org.migportal.workplan.entity.Objective;
import org.migportal.workplan.entity.WorkPlan;

/** The matrix steps of the work-plan boundaries (issue 5). */
@Dependent
public class WorkPlanProbe {

    private static final Map<ProbePlace, WorkPlanProbeFixtures.Records> RECORDS = new ConcurrentHashMap<>();

    @Inject
    WorkPlanProbeFixtures fixtures;

    @Inject
    ProbeFixtures base;

    @Inject
    WorkPlans workPlans;

    @Inject
    Actions actions;

    Map<String, Step> steps(Function<ProbePlace, ProbeFixtures.Records> places,
            Function<ProbePlace, ProbeFixtures.MeetingRecords> newMeeting) {
        Function<ProbePlace, WorkPlanProbeFixtures.Records> records =
                place -> RECORDS.computeIfAbsent(place, p -> fixtures.records(p, places.apply(p).forum()));
        Function<ProbePlace, Forum> forum = place -> places.apply(place).forum();
        Map<String, Step> steps = new LinkedHashMap<>();
        PageRequest page = PageRequest.of(0, 100);

        steps.put("WorkPlans.ofForum", place -> workPlans.ofForum(forum.apply(place).getId()));
        steps.put("WorkPlans.get", place -> workPlans.get(records.apply(place).plan().getId()));
        steps.put("WorkPlans.outline", place -> workPlans.outline(records.apply(place).plan().getId()));
        steps.put("WorkPlans.canPlan", place -> workPlans.canPlan(forum.apply(place).getId()));
        steps.put("WorkPlans.create", place -> workPlans.create(new WorkPlan(forum.apply(place), "Probe new plan",
                LocalDate.now(), LocalDate.now().plusMonths(3))));
        steps.put("WorkPlans.update", place -> {
            WorkPlan plan = writable(place, () -> fixtures.plan(forum.apply(place)), records.apply(place).plan());
            plan.setTitle("Probe plan changed");
            return workPlans.update(plan);
        });
        steps.put("WorkPlans.delete", place -> {
            WorkPlan plan = writable(place, () -> fixtures.plan(forum.apply(place)), records.apply(place).plan());
            workPlans.delete(plan.getId(), plan.getVersion());
            return null;
        });
        steps.put("WorkPlans.saveObjective", place -> {
            Objective objective = writable(place, () -> fixtures.objective(fixtures.plan(forum.apply(place))),
                    records.apply(place).objective());
            objective.setText("Probe objective changed");
            return workPlans.saveObjective(objective);
        });
        steps.put("WorkPlans.deleteObjective", place -> {
            Objective objective = writable(place, () -> fixtures.objective(fixtures.plan(forum.apply(place))),
                    records.apply(place).objective());
            workPlans.deleteObjective(objective.getId(), objective.getVersion());
            return null;
        });
        steps.put("WorkPlans.saveMilestone", place -> {
            Milestone milestone = writable(place, () -> fixtures.milestone(fixtures.plan(forum.apply(place)), null),
                    records.apply(place).milestone());
            milestone.setTitle("Probe milestone changed");
            return workPlans.saveMilestone(milestone);
        });
        steps.put("WorkPlans.deleteMilestone", place -> {
            Milestone milestone = writable(place, () -> fixtures.milestone(fixtures.plan(forum.apply(place)), null),
                    records.apply(place).milestone());
            workPlans.deleteMilestone(milestone.getId(), milestone.getVersion());
            return null;
        });

        steps.put("Actions.search", place -> {
            Action action = records.apply(place).action();
            return actions.search(ActionFilter.ofForum(action.getForum().getId()), page).contains(action);
        });
        steps.put("Actions.count", place -> actions.count(ActionFilter.ofForum(forum.apply(place).getId())) > 0);
        steps.put("Actions.get", place -> actions.get(records.apply(place).action().getId()));
        steps.put("Actions.assessment", place -> actions.assessment(records.apply(place).action().getId()));
        steps.put("Actions.sequence", place -> actions.sequence(forum.apply(place).getId()));
        steps.put("Actions.commitments", place -> actions.commitments(records.apply(place).action().getId()));
        steps.put("Actions.adaptations", place -> actions.adaptations(records.apply(place).action().getId()));
        steps.put("Actions.openAdaptations", place -> actions.openAdaptations(forum.apply(place).getId()));
        steps.put("Actions.create", place -> actions.create(new Action(forum.apply(place), "Probe created action")));
        steps.put("Actions.update", place -> {
            Action action = writable(place, () -> fixtures.action(forum.apply(place)), records.apply(place).action());
            action.setDoers("Probe doers");
            return actions.update(action);
        });
        steps.put("Actions.delete", place -> {
            Action action = writable(place, () -> fixtures.action(forum.apply(place)), records.apply(place).action());
            actions.delete(action.getId(), action.getVersion());
            return null;
        });
        steps.put("Actions.changeStatus", place -> {
            Action action = writable(place, () -> fixtures.action(forum.apply(place)), records.apply(place).action());
            return actions.changeStatus(action.getId(), action.getVersion(), ActionStatus.IN_PROGRESS, null);
        });
        steps.put("Actions.markAdapted", place -> {
            Action action = writable(place, () -> fixtures.action(forum.apply(place)), records.apply(place).action());
            Action replacement = writable(place, () -> fixtures.action(forum.apply(place)), records.apply(place).action());
            return actions.markAdapted(action.getId(), action.getVersion(), replacement.getId());
        });
        steps.put("Actions.saveAssessment", place -> {
            Action action = writable(place, () -> fixtures.action(forum.apply(place)), records.apply(place).action());
            long version = actions.assessment(action.getId()).map(a -> a.getVersion()).orElse(0L);
            return actions.saveAssessment(action.getId(), new AssessmentForm(version, Map.of(), Map.of(), 4, 4, true));
        });
        steps.put("Actions.reorder", place -> {
            // A forum of its own: other calls keep adding actions to the place's forum.
            Forum own = place.demoForum == null ? base.forum(place) : forum.apply(place);
            if (place.demoForum == null) {
                fixtures.action(own);
                fixtures.action(own);
            }
            List<ActionPosition> order = new ArrayList<>(fixtures.openActions(own).stream()
                    .map(a -> new ActionPosition(a.getId(), a.getVersion())).toList());
            Collections.reverse(order);
            return actions.reorder(own.getId(), order);
        });
        steps.put("Actions.linkCommitment", place -> {
            Commitment commitment = newMeeting.apply(place).commitment();
            Action action = writable(place, () -> fixtures.action(forum.apply(place)), records.apply(place).action());
            return actions.linkCommitment(commitment.getId(), commitment.getVersion(), action.getId());
        });
        steps.put("Actions.createFromAdaptation", place -> {
            Adaptation adaptation = newMeeting.apply(place).adaptation();
            return actions.createFromAdaptation(adaptation.getId(), adaptation.getVersion(),
                    new Action(forum.apply(place), "Probe action from an adaptation"), null);
        });
        steps.put("Actions.linkAdaptation", place -> {
            Adaptation adaptation = newMeeting.apply(place).adaptation();
            Action action = writable(place, () -> fixtures.action(forum.apply(place)), records.apply(place).action());
            return actions.linkAdaptation(adaptation.getId(), adaptation.getVersion(), action.getId());
        });
        return steps;
    }

    /** A new record for a change, or the demo record itself where the place is the demo forum (only ever denied). */
    private static <T> T writable(ProbePlace place, Supplier<T> fresh, T demo) {
        return place.demoForum == null ? fresh.get() : demo;
    }
}
