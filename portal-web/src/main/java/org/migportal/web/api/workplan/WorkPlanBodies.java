package org.migportal.web.api.workplan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.workplan.boundary.ActionSequence;
import org.migportal.workplan.boundary.PlanOutline;
import org.migportal.workplan.entity.Action;
import org.migportal.workplan.entity.ActionAssessment;
import org.migportal.workplan.entity.ActionStatus;
import org.migportal.workplan.entity.ChecklistAnswer;
import org.migportal.workplan.entity.ChecklistQuestion;
import org.migportal.workplan.entity.Feasibility;
import org.migportal.workplan.entity.Milestone;
import org.migportal.workplan.entity.MilestoneStatus;
import org.migportal.workplan.entity.Objective;
import org.migportal.workplan.entity.Payer;
import org.migportal.workplan.entity.Rating;
import org.migportal.workplan.entity.WorkPlan;

/** The request and answer bodies of the work-plan API. */
final class WorkPlanBodies {

    private WorkPlanBodies() {
    }

    /** A work-plan without its objectives and milestones. */
    public record WorkPlanSummary(long id, long version, long forumId, String title, LocalDate startsOn, LocalDate endsOn) {

        static WorkPlanSummary of(WorkPlan plan) {
            return new WorkPlanSummary(plan.getId(), plan.getVersion(), plan.getForum().getId(), plan.getTitle(),
                    plan.getStartsOn(), plan.getEndsOn());
        }
    }

    public record ObjectiveBody(long id, long version, String text, int position) {

        static ObjectiveBody of(Objective objective) {
            return new ObjectiveBody(objective.getId(), objective.getVersion(), objective.getText(), objective.getPosition());
        }
    }

    public record MilestoneBody(long id, long version, Long objectiveId, String title, LocalDate dueOn,
            MilestoneStatus status, String note) {

        static MilestoneBody of(Milestone m) {
            return new MilestoneBody(m.getId(), m.getVersion(), m.getObjective() == null ? null : m.getObjective().getId(),
                    m.getTitle(), m.getDueOn(), m.getStatus(), m.getNote());
        }
    }

    /** A work-plan with its objectives in order and its milestones by due date. */
    public record WorkPlanDetails(WorkPlanSummary plan, List<ObjectiveBody> objectives, List<MilestoneBody> milestones) {

        static WorkPlanDetails of(PlanOutline outline) {
            return new WorkPlanDetails(WorkPlanSummary.of(outline.plan()),
                    outline.objectives().stream().map(ObjectiveBody::of).toList(),
                    outline.milestones().stream().map(MilestoneBody::of).toList());
        }
    }

    /** A work-plan to create for a forum. */
    public record WorkPlanRequest(@NotNull Long forumId, @NotNull @Size(min = 1, max = WorkPlan.TITLE_LENGTH) String title,
            @NotNull LocalDate startsOn, @NotNull LocalDate endsOn) {
    }

    /** One side of feasibility: the rating the checklist gives, the facilitator's adjustment and why, and the one used. */
    public record RatingBody(Integer computed, Integer adjusted, String reason, Integer effective) {

        static RatingBody of(Rating rating) {
            return new RatingBody(rating.getComputed(), rating.getOverride(), rating.getOverrideReason(), rating.effective());
        }
    }

    public record AnswerBody(ChecklistQuestion question, ChecklistAnswer answer, String note) {
    }

    /** An action's assessment; {@code answers} only on a single action's details. */
    public record AssessmentBody(long version, LocalDate assessedOn, RatingBody difficulty, RatingBody risk, RatingBody cost,
            Integer commitment, Integer passion, boolean easesLater, List<AnswerBody> answers) {

        static AssessmentBody of(ActionAssessment a, boolean withAnswers) {
            return a == null ? null : new AssessmentBody(a.getVersion(), a.getAssessedOn(), RatingBody.of(a.getDifficulty()),
                    RatingBody.of(a.getRisk()), RatingBody.of(a.getCost()), a.getCommitment(), a.getPassion(), a.isEasesLater(),
                    withAnswers ? a.getAnswers().stream()
                            .map(answer -> new AnswerBody(answer.getQuestion(), answer.getAnswer(), answer.getNote())).toList()
                            : null);
        }
    }

    /**
     * An action.
     *
     * @param chosenPosition the action's place in the order the forum chose, from 0
     * @param replacedById for an adapted action, the action that replaced it
     */
    public record ActionDetails(long id, long version, long forumId, Long workPlanId, Long milestoneId, String title,
            String description, ChangeArea changeArea, String doers, Payer payer, Long payerActorId,
            BigDecimal estimatedCost, BigDecimal ownContribution, String currencyCode, LocalDate dueOn, ActionStatus status,
            LocalDate doneOn, Long replacedById, Integer chosenPosition, AssessmentBody assessment) {

        static ActionDetails of(Action a, boolean withAnswers) {
            return new ActionDetails(a.getId(), a.getVersion(), a.getForum().getId(),
                    a.getWorkPlan() == null ? null : a.getWorkPlan().getId(),
                    a.getMilestone() == null ? null : a.getMilestone().getId(), a.getTitle(), a.getDescription(),
                    a.getChangeArea(), a.getDoers(), a.getPayer(), a.getPayerActor() == null ? null : a.getPayerActor().getId(),
                    a.getEstimatedCost(), a.getOwnContribution(), a.getCurrencyCode(), a.getDueOn(), a.getStatus(), a.getDoneOn(),
                    a.getReplacedBy() == null ? null : a.getReplacedBy().getId(), a.getChosenPosition(),
                    AssessmentBody.of(a.getAssessment(), withAnswers));
        }
    }

    /** An action to record in a forum; it goes to the end of the forum's order. The entity validates the fields. */
    public record ActionRequest(@NotNull Long forumId, Long workPlanId, Long milestoneId, @NotNull String title,
            String description, ChangeArea changeArea, String doers, Payer payer, BigDecimal estimatedCost,
            BigDecimal ownContribution, String currencyCode, LocalDate dueOn) {
    }

    /** A new status on the version read; DONE needs the day it was done. */
    public record ActionStatusChange(@NotNull Long version, @NotNull ActionStatus status, LocalDate doneOn) {
    }

    /**
     * The forum's assessment of an action: the answers (questions left out are unanswered), adjustments of the
     * computed ratings with their reasons, commitment and passion (1–5), and whether it eases later actions.
     * {@code version} is the assessment's version read (0 for a first assessment).
     */
    public record AssessmentRequest(@NotNull Long version, @NotNull Map<ChecklistQuestion, @Valid @NotNull Answer> answers,
            Map<Feasibility, @Valid @NotNull Adjustment> adjustments, @Min(1) @Max(5) Integer commitment,
            @Min(1) @Max(5) Integer passion, boolean easesLater) {

        public record Answer(@NotNull ChecklistAnswer answer, @Size(max = 1000) String note) {
        }

        public record Adjustment(@NotNull @Min(1) @Max(5) Integer rating, @NotNull @Size(min = 1, max = Rating.REASON_LENGTH) String reason) {
        }
    }

    /** An action in a sequence. */
    public record SequencedAction(long id, long version, String title, ActionStatus status, Integer difficulty, Integer risk,
            Integer cost, Integer commitment, Integer passion, boolean easesLater) {

        static SequencedAction of(Action a) {
            ActionAssessment s = a.getAssessment();
            return new SequencedAction(a.getId(), a.getVersion(), a.getTitle(), a.getStatus(),
                    s == null ? null : s.getDifficulty().effective(), s == null ? null : s.getRisk().effective(),
                    s == null ? null : s.getCost().effective(), s == null ? null : s.getCommitment(),
                    s == null ? null : s.getPassion(), s != null && s.isEasesLater());
        }
    }

    /** The forum's open actions in the order it chose, beside the order the guidance's rule suggests. */
    public record SequenceBody(long forumId, List<SequencedAction> chosen, List<SequencedAction> suggested) {

        static SequenceBody of(long forumId, ActionSequence sequence) {
            return new SequenceBody(forumId, sequence.chosen().stream().map(SequencedAction::of).toList(),
                    sequence.suggested().stream().map(SequencedAction::of).toList());
        }
    }

    /** The order the forum chose: every open action once, each with the version read. */
    public record OrderRequest(@NotNull List<@Valid @NotNull Position> order) {

        public record Position(@NotNull Long id, @NotNull Long version) {
        }
    }
}
