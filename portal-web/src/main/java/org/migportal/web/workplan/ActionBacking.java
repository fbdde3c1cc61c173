package org.migportal.web.workplan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.Forum;
import org.migportal.meeting.boundary.CommitmentFilter;
import org.migportal.meeting.boundary.Commitments;
import org.migportal.meeting.entity.Adaptation;
import org.migportal.meeting.entity.Commitment;
import org.migportal.meeting.entity.CommitmentStatus;
import org.migportal.member.boundary.MarketActors;
import org.migportal.member.entity.MarketActor;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Membership;
import org.migportal.platform.control.NotFoundException;
import org.migportal.platform.control.PageRequest;
import org.migportal.security.control.AccessDeniedException;
import org.migportal.web.faces.BoundaryCall;
import org.migportal.web.faces.Messages;
import org.migportal.web.faces.Pick;
import org.migportal.workplan.boundary.Actions;
import org.migportal.workplan.boundary.AssessmentForm;
import org.migportal.workplan.boundary.WorkPlans;
import org.migportal.workplan.control.FeasibilityRating;
import org.migportal.workplan.entity.Action;
import org.migportal.workplan.entity.ActionAssessment;
import org.migportal.workplan.entity.ActionStatus;
import org.migportal.workplan.entity.AssessmentAnswer;
import org.migportal.workplan.entity.ChecklistAnswer;
import org.migportal.workplan.entity.ChecklistQuestion;
import org.migportal.workplan.entity.Feasibility;
import org.migportal.workplan.entity.Milestone;
import org.migportal.workplan.entity.Payer;
import org.migportal.workplan.entity.Rating;
import org.migportal.workplan.entity.WorkPlan;

/**
 * One action ({@code ?id=<id>}), or a new one of a forum ({@code ?forum=<id>}, optionally {@code &plan=<id>}
 * and {@code &adaptation=<id>} when a reflection's adaptation becomes it): its details with "who does, who
 * pays", the feasibility checklist with the ratings it gives (shown as the answers change) and the
 * facilitator's adjustments, its status, the commitments that serve it and the adaptations it came from.
 */
@Named
@ViewScoped
public class ActionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 15;
    private static final int COMMITMENTS_SHOWN = 200;

    @Inject
    Actions actions;

    @Inject
    WorkPlans workPlans;

    @Inject
    Forums forums;

    @Inject
    Commitments commitmentList;

    @Inject
    MarketActors actors;

    private Long id;
    private Long forumId;
    private Long planId;
    private Long adaptationId;

    private Forum forum;
    private Action action;
    private boolean plannable;
    private boolean conflict;
    private Adaptation fromAdaptation;
    private Long replacesId;
    private List<WorkPlan> plans = List.of();
    private List<Milestone> milestones = List.of();
    private Long milestoneId;
    private Map<Long, Member> seated = Map.of();
    private List<Long> doerIds = new ArrayList<>();
    private Pick payerActor;
    private List<Action> otherOpen = List.of();

    private ActionAssessment assessment;
    private Map<Feasibility, List<ChecklistRow>> checklist = new EnumMap<>(Feasibility.class);
    private Map<Feasibility, AdjustmentRow> adjustments = new EnumMap<>(Feasibility.class);
    private Integer commitment;
    private Integer passion;
    private boolean easesLater;

    private List<Commitment> commitments = List.of();
    private List<Adaptation> adaptations = List.of();
    private List<Commitment> linkable = List.of();
    private Long commitmentToLink;
    private LocalDate doneOn;
    private Long replacementId;

    public String load() {
        if (id != null) {
            action = actions.get(id);
            forum = action.getForum();
            forumId = forum.getId();
            planId = action.getWorkPlan() == null ? null : action.getWorkPlan().getId();
            milestoneId = action.getMilestone() == null ? null : action.getMilestone().getId();
            doerIds = new ArrayList<>(action.getDoerMembers().stream().map(Member::getId).toList());
            payerActor = action.getPayerActor() == null ? null : pick(action.getPayerActor());
        } else if (forumId != null) {
            forum = forums.get(forumId);
            action = new Action(forum, null);
            action.setCurrencyCode(forum.getCountry().getCurrencyCode());
            action.setChangeArea(forum.getChangeArea());
            if (adaptationId != null) {
                fromAdaptation = actions.openAdaptations(forumId).stream()
                        .filter(a -> a.getId().equals(adaptationId)).findFirst()
                        .orElseThrow(() -> new NotFoundException("Adaptation", adaptationId));
                action.setTitle(firstLine(fromAdaptation.getDescription()));
                action.setDescription(fromAdaptation.getDescription());
            }
        } else {
            throw new NotFoundException("Forum", "");
        }
        plannable = workPlans.canPlan(forumId);
        if (action.isNew()) {
            if (forum.isClosed()) {
                Messages.flashError("forum.closed", forum.getName());
                return "/workplan/forum?faces-redirect=true&forum=" + forumId;
            }
            if (!plannable) {
                throw new AccessDeniedException();
            }
        }
        plans = workPlans.ofForum(forumId);
        if (planId == null && action.isNew() && !plans.isEmpty()) {
            planId = plans.get(0).getId();
        }
        loadMilestones();
        if (plannable) {
            seated = new LinkedHashMap<>();
            forums.currentMemberships(forumId).stream().map(Membership::getMember)
                    .forEach(member -> seated.putIfAbsent(member.getId(), member));
        }
        reloadRecords();
        return null;
    }

    private void reloadRecords() {
        otherOpen = actions.sequence(forumId).chosen().stream()
                .filter(other -> !Objects.equals(other.getId(), action.getId())).toList();
        if (action.isNew()) {
            showAssessment(null);
            return;
        }
        showAssessment(actions.assessment(action.getId()).orElse(null));
        commitments = actions.commitments(action.getId());
        adaptations = actions.adaptations(action.getId());
        if (plannable) {
            linkable = commitmentList.search(new CommitmentFilter(forumId, null, null, false), PageRequest.of(0, COMMITMENTS_SHOWN))
                    .stream().filter(c -> c.getAction() == null).toList();
        }
    }

    private void showAssessment(ActionAssessment loaded) {
        assessment = loaded;
        Map<ChecklistQuestion, AssessmentAnswer> answers = new EnumMap<>(ChecklistQuestion.class);
        if (loaded != null) {
            loaded.getAnswers().forEach(answer -> answers.put(answer.getQuestion(), answer));
        }
        checklist = new EnumMap<>(Feasibility.class);
        adjustments = new EnumMap<>(Feasibility.class);
        for (Feasibility side : Feasibility.values()) {
            checklist.put(side, ChecklistQuestion.of(side).stream().map(question -> {
                AssessmentAnswer given = answers.get(question);
                return new ChecklistRow(question, given == null ? null : given.getAnswer(), given == null ? null : given.getNote());
            }).toList());
            Rating rating = loaded == null ? new Rating() : loaded.rating(side);
            adjustments.put(side, new AdjustmentRow(side, rating.getOverride(), rating.getOverrideReason()));
        }
        commitment = loaded == null ? null : loaded.getCommitment();
        passion = loaded == null ? null : loaded.getPassion();
        easesLater = loaded != null && loaded.isEasesLater();
    }

    public void loadMilestones() {
        milestones = planId == null ? List.of() : workPlans.outline(planId).milestones();
        if (milestones.stream().noneMatch(m -> m.getId().equals(milestoneId))) {
            milestoneId = null;
        }
    }

    /* ---- saving ---- */

    public String save() {
        action.setWorkPlan(plans.stream().filter(p -> p.getId().equals(planId)).findFirst().orElse(null));
        action.setMilestone(milestones.stream().filter(m -> m.getId().equals(milestoneId)).findFirst().orElse(null));
        action.setDoerMembers(new HashSet<>(doerIds.stream().map(seated::get).filter(Objects::nonNull).toList()));
        action.setPayerActor(payerActor == null || action.getPayer() != Payer.OTHER_ACTOR ? null : actorRef(payerActor.id()));
        return BoundaryCall.outcome(() -> {
            Action saved;
            if (!action.isNew()) {
                saved = actions.update(action);
            } else if (fromAdaptation != null) {
                saved = actions.createFromAdaptation(fromAdaptation.getId(), fromAdaptation.getVersion(), action, replacesId);
            } else {
                saved = actions.create(action);
            }
            Messages.flashInfo("workplan.action.saved", saved.getTitle());
            return "/workplan/action?faces-redirect=true&id=" + saved.getId();
        }, () -> conflict = true);
    }

    public void saveAssessment() {
        Map<ChecklistQuestion, AssessmentForm.Answer> answers = new EnumMap<>(ChecklistQuestion.class);
        checklist.values().forEach(rows -> rows.stream().filter(row -> row.getAnswer() != null)
                .forEach(row -> answers.put(row.getQuestion(), new AssessmentForm.Answer(row.getAnswer(), row.getNote()))));
        Map<Feasibility, AssessmentForm.Adjustment> adjusted = new EnumMap<>(Feasibility.class);
        adjustments.values().stream().filter(row -> row.getRating() != null)
                .forEach(row -> adjusted.put(row.getSide(), new AssessmentForm.Adjustment(row.getRating(), row.getReason())));
        AssessmentForm form = new AssessmentForm(assessment == null ? 0 : assessment.getVersion(), answers, adjusted,
                commitment, passion, easesLater);
        BoundaryCall.run(() -> {
            showAssessment(actions.saveAssessment(action.getId(), form));
            Messages.info("workplan.assessment.saved", action.getTitle());
        }, () -> conflict = true);
    }

    public String changeStatus(ActionStatus target) {
        return BoundaryCall.outcome(() -> {
            actions.changeStatus(action.getId(), action.getVersion(), target, target == ActionStatus.DONE ? doneOn : null);
            Messages.flashInfo("workplan.action.moved", action.getTitle(), target);
            return self();
        }, () -> conflict = true);
    }

    public void prepareDone() {
        doneOn = LocalDate.now();
    }

    public String markAdapted() {
        return BoundaryCall.outcome(() -> {
            actions.markAdapted(action.getId(), action.getVersion(), replacementId);
            Messages.flashInfo("workplan.action.adapted", action.getTitle());
            return self();
        });
    }

    public String delete() {
        return BoundaryCall.outcome(() -> {
            actions.delete(action.getId(), action.getVersion());
            Messages.flashInfo("workplan.action.deleted", action.getTitle());
            return "/workplan/forum?faces-redirect=true&forum=" + forumId;
        }, () -> conflict = true);
    }

    public void linkCommitment() {
        Commitment chosen = linkable.stream().filter(c -> c.getId().equals(commitmentToLink)).findFirst().orElse(null);
        if (chosen == null) {
            return;
        }
        BoundaryCall.run(() -> {
            actions.linkCommitment(chosen.getId(), chosen.getVersion(), action.getId());
            commitmentToLink = null;
            reloadRecords();
        });
    }

    public void unlinkCommitment(Commitment linked) {
        BoundaryCall.run(() -> {
            actions.linkCommitment(linked.getId(), linked.getVersion(), null);
            reloadRecords();
        });
    }

    /** Paying actors of the forum's country whose name holds the text. */
    public List<Pick> completeActor(String text) {
        return actors.suggest(forum.getCountry().getIsoCode(), text, SUGGESTIONS).stream().map(ActionBacking::pick).toList();
    }

    private String self() {
        return "/workplan/action?faces-redirect=true&id=" + action.getId();
    }

    private static Pick pick(MarketActor actor) {
        return new Pick(actor.getId(), actor.getName());
    }

    private MarketActor actorRef(long actorId) {
        return actors.get(actorId);
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > Action.TITLE_LENGTH ? line.substring(0, Action.TITLE_LENGTH) : line;
    }

    /* ---- what the page shows ---- */

    /** The rating the answers on the page give now, before they are saved. */
    public Integer computed(Feasibility side) {
        Map<ChecklistQuestion, ChecklistAnswer> answers = new EnumMap<>(ChecklistQuestion.class);
        checklist.values().forEach(rows -> rows.stream().filter(row -> row.getAnswer() != null)
                .forEach(row -> answers.put(row.getQuestion(), row.getAnswer())));
        return FeasibilityRating.rate(answers, side);
    }

    public List<ChecklistRow> questions(Feasibility side) {
        return checklist.getOrDefault(side, List.of());
    }

    public AdjustmentRow adjustment(Feasibility side) {
        return adjustments.get(side);
    }

    /** Whether a commitment counts as kept (the page marks the others). */
    public boolean kept(Commitment linked) {
        return linked.getStatus() == CommitmentStatus.KEPT;
    }

    public boolean isCreating() {
        return action.isNew();
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public List<Member> getSeatedMembers() {
        return List.copyOf(seated.values());
    }

    public Optional<Adaptation> getFromAdaptation() {
        return Optional.ofNullable(fromAdaptation);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public Long getAdaptationId() {
        return adaptationId;
    }

    public void setAdaptationId(Long adaptationId) {
        this.adaptationId = adaptationId;
    }

    public Forum getForum() {
        return forum;
    }

    public Action getAction() {
        return action;
    }

    public boolean isPlannable() {
        return plannable;
    }

    /** The action may be changed: the caller plans and the forum is open. */
    public boolean isEditable() {
        return plannable && !forum.isClosed();
    }

    public boolean isConflict() {
        return conflict;
    }

    public Long getReplacesId() {
        return replacesId;
    }

    public void setReplacesId(Long replacesId) {
        this.replacesId = replacesId;
    }

    public List<WorkPlan> getPlans() {
        return plans;
    }

    public List<Milestone> getMilestones() {
        return milestones;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public void setMilestoneId(Long milestoneId) {
        this.milestoneId = milestoneId;
    }

    public List<Long> getDoerIds() {
        return doerIds;
    }

    public void setDoerIds(List<Long> doerIds) {
        this.doerIds = doerIds == null ? new ArrayList<>() : new ArrayList<>(doerIds);
    }

    public Pick getPayerActor() {
        return payerActor;
    }

    public void setPayerActor(Pick payerActor) {
        this.payerActor = payerActor;
    }

    public List<Action> getOtherOpen() {
        return otherOpen;
    }

    public ActionAssessment getAssessment() {
        return assessment;
    }

    public Integer getCommitment() {
        return commitment;
    }

    public void setCommitment(Integer commitment) {
        this.commitment = commitment;
    }

    public Integer getPassion() {
        return passion;
    }

    public void setPassion(Integer passion) {
        this.passion = passion;
    }

    public boolean isEasesLater() {
        return easesLater;
    }

    public void setEasesLater(boolean easesLater) {
        this.easesLater = easesLater;
    }

    public List<Commitment> getCommitments() {
        return commitments;
    }

    public List<Adaptation> getAdaptations() {
        return adaptations;
    }

    public List<Commitment> getLinkable() {
        return linkable;
    }

    public Long getCommitmentToLink() {
        return commitmentToLink;
    }

    public void setCommitmentToLink(Long commitmentToLink) {
        this.commitmentToLink = commitmentToLink;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    public Long getReplacementId() {
        return replacementId;
    }

    public void setReplacementId(Long replacementId) {
        this.replacementId = replacementId;
    }
}
