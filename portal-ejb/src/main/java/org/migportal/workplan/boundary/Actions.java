package org.migportal.workplan.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.migportal.forum.entity.Forum;
import org.migportal.meeting.entity.Adaptation;
import org.migportal.meeting.entity.AdaptationStatus;
import org.migportal.meeting.entity.Commitment;
import org.migportal.member.entity.MarketActor;
import org.migportal.member.entity.Member;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.NotFoundException;
import org.migportal.platform.control.PageRequest;
import org.migportal.platform.control.RuleViolation;
import org.migportal.security.control.AccessGuard;
import org.migportal.security.control.Guarded;
import org.migportal.security.control.Roles;
import org.migportal.workplan.control.ActionQueries;
import org.migportal.workplan.control.FeasibilityRating;
import org.migportal.workplan.control.PlanAccess;
import org.migportal.workplan.control.SequenceItem;
import org.migportal.workplan.control.SuggestedSequence;
import org.migportal.workplan.entity.Action;
import org.migportal.workplan.entity.ActionAssessment;
import org.migportal.workplan.entity.ActionStatus;
import org.migportal.workplan.entity.ChecklistAnswer;
import org.migportal.workplan.entity.ChecklistQuestion;
import org.migportal.workplan.entity.Feasibility;
import org.migportal.workplan.entity.Milestone;
import org.migportal.workplan.entity.Payer;
import org.migportal.workplan.entity.Rating;
import org.migportal.workplan.entity.WorkPlan;

/**
 * A forum's actions: recording them with "who does, who pays", assessing their feasibility with the
 * guidance's checklist, the suggested sequence beside the order the forum chose, following them to done
 * (or dropped, or adapted into another), and linking the commitments that serve them and the reflection
 * adaptations that became or changed them. Country officers plan; regional managers and the forum's
 * secretary read.
 */
@Stateless
@Guarded
public class Actions {

    private static final String ACTION = "Action";
    private static final String ASSESSMENT = "ActionAssessment";
    private static final String COMMITMENT = "Commitment";
    private static final String ADAPTATION = "Adaptation";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessGuard guard;

    @Inject
    PlanAccess access;

    @Inject
    ActionQueries queries;

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<Action> search(@NotNull @Valid ActionFilter filter, @NotNull @Valid PageRequest page) {
        return queries.page(filter, guard.readScope(), page);
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public long count(@NotNull @Valid ActionFilter filter) {
        return queries.count(filter, guard.readScope());
    }

    /** The action with its plan, milestone, doers, paying actor and assessment. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public Action get(long id) {
        Action action = em.createQuery("""
                        SELECT a FROM Action a LEFT JOIN FETCH a.assessment LEFT JOIN FETCH a.workPlan
                        LEFT JOIN FETCH a.milestone LEFT JOIN FETCH a.payerActor LEFT JOIN FETCH a.replacedBy
                        WHERE a.id = :id""", Action.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(ACTION, id));
        access.requireRead(action.getForum());
        action.getDoerMembers().size();
        return action;
    }

    /** Records a new action of the forum, at the end of the forum's chosen order. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Action create(@NotNull @Valid Action action) {
        if (!action.isNew()) {
            throw new RuleViolation("error.alreadySaved");
        }
        Forum forum = forum(Optional.ofNullable(action.getForum()).map(Forum::getId)
                .orElseThrow(() -> new RuleViolation("action.forum.required")));
        access.requirePlan(forum, ACTION, "new");
        return persistNew(forum, action);
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Action update(@NotNull @Valid Action edited) {
        Action stored = plannable(edited.getId());
        requireVersion(stored.getVersion(), edited.getVersion(), ACTION);
        stored.takeDetailsFrom(resolved(stored.getForum(), edited));
        flush(ACTION);
        return stored;
    }

    /**
     * Deletes an action with its assessment. One that commitments serve, that an adaptation became, or
     * that replaced an adapted action is refused with the reason: those records would lose their link.
     */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public void delete(long id, long version) {
        Action action = plannable(id);
        requireVersion(action.getVersion(), version, ACTION);
        long commitments = countWhere("Commitment", action);
        long adaptations = countWhere("Adaptation", action);
        long replaced = em.createQuery("SELECT COUNT(a) FROM Action a WHERE a.replacedBy = :action", Long.class)
                .setParameter("action", action)
                .getSingleResult();
        if (commitments + adaptations + replaced > 0) {
            throw new RuleViolation("action.delete.linked", commitments, adaptations, replaced);
        }
        Optional.ofNullable(assessmentOf(action)).ifPresent(em::remove);
        em.remove(action);
        em.flush();
    }

    /** Planned, in progress, done (on a day, not in the future) or dropped; adapted goes through {@link #markAdapted}. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Action changeStatus(long id, long version, @NotNull ActionStatus status, LocalDate doneOn) {
        Action action = plannable(id);
        requireVersion(action.getVersion(), version, ACTION);
        action.changeStatus(status, doneOn, LocalDate.now());
        flush(ACTION);
        return action;
    }

    /** Marks the action adapted: the forum replaced it with another of its actions. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Action markAdapted(long id, long version, long replacementId) {
        Action action = plannable(id);
        requireVersion(action.getVersion(), version, ACTION);
        action.adaptInto(stored(replacementId));
        flush(ACTION);
        return action;
    }

    /** The action's assessment with its answers, if it has been assessed. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public Optional<ActionAssessment> assessment(long actionId) {
        Action action = stored(actionId);
        access.requireRead(action.getForum());
        return em.createQuery("""
                        SELECT DISTINCT s FROM ActionAssessment s LEFT JOIN FETCH s.answers WHERE s.action = :action""",
                        ActionAssessment.class)
                .setParameter("action", action)
                .getResultStream().findFirst();
    }

    /**
     * Saves the forum's assessment of an action: the checklist answers, from which the difficulty, risk and
     * cost ratings are computed ({@link FeasibilityRating}), the facilitator's adjustments with their reasons,
     * commitment, passion and whether it eases later actions.
     */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public ActionAssessment saveAssessment(long actionId, @NotNull @Valid AssessmentForm form) {
        Action action = plannable(actionId);
        ActionAssessment assessment = assessmentOf(action);
        if (assessment == null) {
            assessment = new ActionAssessment(action, LocalDate.now());
        } else {
            requireVersion(assessment.getVersion(), form.version(), ASSESSMENT);
            assessment.setAssessedOn(LocalDate.now());
        }
        for (ChecklistQuestion question : ChecklistQuestion.values()) {
            AssessmentForm.Answer answer = form.answers().get(question);
            assessment.answer(question, answer == null ? null : answer.answer(), answer == null ? null : answer.note());
        }
        Map<ChecklistQuestion, ChecklistAnswer> answers = assessment.answerMap();
        for (Feasibility side : Feasibility.values()) {
            Rating rating = assessment.rating(side);
            rating.setComputed(FeasibilityRating.rate(answers, side));
            AssessmentForm.Adjustment adjustment = form.adjustments().get(side);
            Integer adjusted = adjustment == null ? null : adjustment.rating();
            String reason = adjustment == null ? null : adjustment.reason();
            if (adjusted != null && (reason == null || reason.isBlank())) {
                throw new RuleViolation("assessment.adjustment.needsReason", side);
            }
            rating.adjust(adjusted, adjusted == null ? null : reason);
        }
        assessment.setCommitment(form.commitment());
        assessment.setPassion(form.passion());
        assessment.setEasesLater(form.easesLater());
        if (assessment.isNew()) {
            em.persist(assessment);
        }
        flush(ASSESSMENT);
        return assessment;
    }

    /** The forum's open actions in its chosen order, beside the order the sequence rule suggests. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public ActionSequence sequence(long forumId) {
        Forum forum = forum(forumId);
        access.requireRead(forum);
        return sequenceOf(forum);
    }

    /**
     * Saves the order the forum chose for its open actions. The list must hold every open action once,
     * each at the version the officer saw: anything changed or added since is a conflict, never overwritten.
     */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public ActionSequence reorder(long forumId, @NotNull List<@NotNull ActionPosition> order) {
        Forum forum = forum(forumId);
        access.requirePlan(forum, ACTION, "order");
        Map<Long, Action> open = queries.openOf(forum).stream().collect(Collectors.toMap(Action::getId, Function.identity()));
        Set<Long> given = new HashSet<>();
        order.forEach(position -> given.add(position.id()));
        if (given.size() != order.size() || !given.equals(open.keySet())) {
            throw new ConflictException(ACTION);
        }
        for (int place = 0; place < order.size(); place++) {
            ActionPosition position = order.get(place);
            Action action = open.get(position.id());
            requireVersion(action.getVersion(), position.version(), ACTION);
            if (!Integer.valueOf(place).equals(action.getChosenPosition())) {
                action.placeAt(place);
            }
        }
        flush(ACTION);
        return sequenceOf(forum);
    }

    /** The commitments made at meetings that serve the action, with whether they were kept. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<Commitment> commitments(long actionId) {
        Action action = stored(actionId);
        access.requireRead(action.getForum());
        return em.createQuery("""
                        SELECT c FROM Commitment c JOIN FETCH c.member JOIN FETCH c.meeting WHERE c.action = :action
                        ORDER BY c.dueOn, c.id""", Commitment.class)
                .setParameter("action", action)
                .getResultList();
    }

    /** Links a commitment of one of the forum's meetings to the action it serves, or (no action) unlinks it. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Commitment linkCommitment(long commitmentId, long version, Long actionId) {
        Commitment commitment = Optional.ofNullable(em.find(Commitment.class, commitmentId))
                .orElseThrow(() -> new NotFoundException(COMMITMENT, commitmentId));
        Forum forum = commitment.getMeeting().getForum();
        access.requirePlan(forum, COMMITMENT, commitmentId);
        requireVersion(commitment.getVersion(), version, COMMITMENT);
        commitment.setAction(actionId == null ? null : actionOfForum(forum, actionId));
        flush(COMMITMENT);
        return commitment;
    }

    /** The reflection adaptations that became or changed the action. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<Adaptation> adaptations(long actionId) {
        Action action = stored(actionId);
        access.requireRead(action.getForum());
        return em.createQuery("""
                        SELECT d FROM Adaptation d JOIN FETCH d.meeting WHERE d.action = :action ORDER BY d.id""",
                        Adaptation.class)
                .setParameter("action", action)
                .getResultList();
    }

    /** Adaptations the forum's reflections agreed that are not yet in the plan: the plan's to-do list. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<Adaptation> openAdaptations(long forumId) {
        Forum forum = forum(forumId);
        access.requireRead(forum);
        return em.createQuery("""
                        SELECT d FROM Adaptation d JOIN FETCH d.meeting m
                        WHERE m.forum = :forum AND d.status = :agreed AND d.action IS NULL
                        ORDER BY m.heldOn DESC, d.id""", Adaptation.class)
                .setParameter("forum", forum)
                .setParameter("agreed", AdaptationStatus.AGREED)
                .getResultList();
    }

    /**
     * Turns an adaptation into a new action (linked both ways: the adaptation points to it and is "in
     * plan"). If it replaces an existing action, that one is marked adapted and points to the new one.
     */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Action createFromAdaptation(long adaptationId, long version, @NotNull @Valid Action draft, Long replacesActionId) {
        Adaptation adaptation = adaptation(adaptationId, version);
        Forum forum = adaptation.getMeeting().getForum();
        if (draft.getForum() != null && !forum.getId().equals(draft.getForum().getId())) {
            throw new RuleViolation("action.adaptation.otherForum");
        }
        Action created = persistNew(forum, draft);
        if (replacesActionId != null) {
            Action replaced = actionOfForum(forum, replacesActionId);
            replaced.adaptInto(created);
        }
        adaptation.setAction(created);
        adaptation.setStatus(AdaptationStatus.IN_PLAN);
        flush(ADAPTATION);
        return created;
    }

    /** Records that an adaptation changed an existing action of the forum (linked both ways, "in plan"). */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Adaptation linkAdaptation(long adaptationId, long version, long actionId) {
        Adaptation adaptation = adaptation(adaptationId, version);
        adaptation.setAction(actionOfForum(adaptation.getMeeting().getForum(), actionId));
        adaptation.setStatus(AdaptationStatus.IN_PLAN);
        flush(ADAPTATION);
        return adaptation;
    }

    private ActionSequence sequenceOf(Forum forum) {
        List<Action> chosen = queries.openOf(forum);
        Map<Long, Action> byId = chosen.stream().collect(Collectors.toMap(Action::getId, Function.identity()));
        List<Action> suggested = SuggestedSequence.of(chosen.stream().map(Actions::item).toList()).stream()
                .map(byId::get)
                .toList();
        return new ActionSequence(chosen, suggested);
    }

    private static SequenceItem item(Action action) {
        ActionAssessment assessment = action.getAssessment();
        if (assessment == null) {
            return new SequenceItem(action.getId(), null, null, null, null, null, false);
        }
        return new SequenceItem(action.getId(), assessment.getDifficulty().effective(), assessment.getRisk().effective(),
                assessment.getCost().effective(), assessment.getCommitment(), assessment.getPassion(),
                assessment.isEasesLater());
    }

    private Action persistNew(Forum forum, Action draft) {
        Action created = new Action(forum, draft.getTitle().strip());
        created.takeDetailsFrom(resolved(forum, draft));
        created.placeAt(queries.nextPosition(forum));
        em.persist(created);
        flush(ACTION);
        return created;
    }

    /**
     * The caller's copy with its references replaced by stored records of the same forum: the plan, the
     * milestone (of that plan; its plan when none is given), seated members as doers, an actor of the
     * forum's country as payer. A reference elsewhere is refused.
     */
    private Action resolved(Forum forum, Action edited) {
        WorkPlan plan = edited.getWorkPlan() == null || edited.getWorkPlan().getId() == null ? null
                : em.find(WorkPlan.class, edited.getWorkPlan().getId());
        if (edited.getWorkPlan() != null && edited.getWorkPlan().getId() != null
                && (plan == null || !plan.getForum().equals(forum))) {
            throw new RuleViolation("action.plan.otherForum");
        }
        Milestone milestone = null;
        if (edited.getMilestone() != null && edited.getMilestone().getId() != null) {
            milestone = em.find(Milestone.class, edited.getMilestone().getId());
            if (milestone == null || !milestone.getWorkPlan().getForum().equals(forum)
                    || (plan != null && !milestone.getWorkPlan().equals(plan))) {
                throw new RuleViolation("action.milestone.otherPlan");
            }
            plan = milestone.getWorkPlan();
        }
        edited.setWorkPlan(plan);
        edited.setMilestone(milestone);
        edited.setDoerMembers(seated(forum, edited.getDoerMembers()));
        MarketActor payer = null;
        if (edited.getPayer() == Payer.OTHER_ACTOR && edited.getPayerActor() != null && edited.getPayerActor().getId() != null) {
            payer = em.find(MarketActor.class, edited.getPayerActor().getId());
            if (payer == null || !payer.getCountry().equals(forum.getCountry())) {
                throw new RuleViolation("action.payer.otherCountry");
            }
        }
        edited.setPayerActor(payer);
        if (edited.getTitle() != null) {
            edited.setTitle(edited.getTitle().strip());
        }
        return edited;
    }

    private Set<Member> seated(Forum forum, Set<Member> given) {
        Set<Long> ids = given.stream().map(Member::getId).filter(Objects::nonNull).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return new HashSet<>();
        }
        List<Member> members = em.createQuery("""
                        SELECT DISTINCT ms.member FROM Membership ms
                        WHERE ms.forum = :forum AND ms.leftOn IS NULL AND ms.member.id IN :ids""", Member.class)
                .setParameter("forum", forum)
                .setParameter("ids", ids)
                .getResultList();
        if (members.size() != ids.size()) {
            throw new RuleViolation("action.doer.notSeated", forum.getName());
        }
        return new HashSet<>(members);
    }

    private Adaptation adaptation(long id, long version) {
        Adaptation adaptation = Optional.ofNullable(em.find(Adaptation.class, id))
                .orElseThrow(() -> new NotFoundException(ADAPTATION, id));
        access.requirePlan(adaptation.getMeeting().getForum(), ADAPTATION, id);
        requireVersion(adaptation.getVersion(), version, ADAPTATION);
        return adaptation;
    }

    private Action actionOfForum(Forum forum, long actionId) {
        Action action = stored(actionId);
        if (!action.getForum().equals(forum)) {
            throw new RuleViolation("action.link.otherForum");
        }
        return action;
    }

    private ActionAssessment assessmentOf(Action action) {
        return em.createQuery("SELECT s FROM ActionAssessment s WHERE s.action = :action", ActionAssessment.class)
                .setParameter("action", action)
                .getResultStream().findFirst().orElse(null);
    }

    private long countWhere(String entity, Action action) {
        return em.createQuery("SELECT COUNT(x) FROM " + entity + " x WHERE x.action = :action", Long.class)
                .setParameter("action", action)
                .getSingleResult();
    }

    private static void requireVersion(long stored, long seen, String what) {
        if (stored != seen) {
            throw new ConflictException(what);
        }
    }

    private void flush(String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException(what);
        }
    }

    private Action plannable(Long id) {
        if (id == null) {
            throw new NotFoundException(ACTION, "new");
        }
        Action action = stored(id);
        access.requirePlan(action.getForum(), ACTION, id);
        return action;
    }

    private Action stored(long id) {
        return Optional.ofNullable(em.find(Action.class, id)).orElseThrow(() -> new NotFoundException(ACTION, id));
    }

    private Forum forum(long id) {
        return Optional.ofNullable(em.find(Forum.class, id)).orElseThrow(() -> new NotFoundException("Forum", id));
    }
}
