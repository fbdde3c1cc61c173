package org.migportal.workplan.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.migportal.forum.entity.Forum;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.NotFoundException;
import org.migportal.platform.control.RuleViolation;
import org.migportal.security.control.Guarded;
import org.migportal.security.control.Roles;
import org.migportal.workplan.control.PlanAccess;
import org.migportal.workplan.entity.Milestone;
import org.migportal.workplan.entity.Objective;
import org.migportal.workplan.entity.WorkPlan;

/**
 * A forum's work-plans per period, with their objectives and milestones. Country officers plan in their
 * countries; regional managers and the forum's secretary read. A closed forum's plans are read-only.
 */
@Stateless
@Guarded
public class WorkPlans {

    private static final String WORK_PLAN = "WorkPlan";
    private static final String OBJECTIVE = "Objective";
    private static final String MILESTONE = "Milestone";

    @PersistenceContext
    EntityManager em;

    @Inject
    PlanAccess access;

    /** The forum's plans, the latest period first. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<WorkPlan> ofForum(long forumId) {
        Forum forum = forum(forumId);
        access.requireRead(forum);
        return em.createQuery("SELECT p FROM WorkPlan p WHERE p.forum = :forum ORDER BY p.startsOn DESC, p.id DESC",
                        WorkPlan.class)
                .setParameter("forum", forum)
                .getResultList();
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public WorkPlan get(long id) {
        WorkPlan plan = stored(id);
        access.requireRead(plan.getForum());
        return plan;
    }

    /** The plan with its objectives in order and its milestones by due date. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public PlanOutline outline(long id) {
        WorkPlan plan = get(id);
        List<Objective> objectives = em.createQuery(
                        "SELECT o FROM Objective o WHERE o.workPlan = :plan ORDER BY o.position, o.id", Objective.class)
                .setParameter("plan", plan)
                .getResultList();
        List<Milestone> milestones = em.createQuery("""
                        SELECT m FROM Milestone m LEFT JOIN FETCH m.objective WHERE m.workPlan = :plan
                        ORDER BY m.dueOn, m.id""", Milestone.class)
                .setParameter("plan", plan)
                .getResultList();
        return new PlanOutline(plan, objectives, milestones);
    }

    /** Whether the caller may plan this forum's work (pages use it to show or hide the editing). */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public boolean canPlan(long forumId) {
        Forum forum = forum(forumId);
        access.requireRead(forum);
        return access.canPlan(forum);
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public WorkPlan create(@NotNull @Valid WorkPlan plan) {
        if (!plan.isNew()) {
            throw new RuleViolation("error.alreadySaved");
        }
        Forum forum = forum(Optional.ofNullable(plan.getForum()).map(Forum::getId)
                .orElseThrow(() -> new RuleViolation("workPlan.forum.required")));
        access.requirePlan(forum, WORK_PLAN, "new");
        WorkPlan created = new WorkPlan(forum, plan.getTitle().strip(), plan.getStartsOn(), plan.getEndsOn());
        em.persist(created);
        em.flush();
        return created;
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public WorkPlan update(@NotNull @Valid WorkPlan edited) {
        WorkPlan stored = plannable(edited.getId());
        requireVersion(stored.getVersion(), edited.getVersion(), WORK_PLAN);
        stored.takeDetailsFrom(edited);
        flush(WORK_PLAN);
        return stored;
    }

    /**
     * Deletes a plan with its objectives and milestones (they mean nothing without it). A plan that
     * actions belong to is refused: those actions are the forum's record of what it did.
     */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public void delete(long id, long version) {
        WorkPlan plan = plannable(id);
        requireVersion(plan.getVersion(), version, WORK_PLAN);
        long actions = em.createQuery("SELECT COUNT(a) FROM Action a WHERE a.workPlan = :plan", Long.class)
                .setParameter("plan", plan)
                .getSingleResult();
        if (actions > 0) {
            throw new RuleViolation("workPlan.delete.hasActions", actions);
        }
        // Children first, while the plan exists, so that the audit trail finds their country through it.
        em.createQuery("DELETE FROM Milestone m WHERE m.workPlan = :plan").setParameter("plan", plan).executeUpdate();
        em.createQuery("DELETE FROM Objective o WHERE o.workPlan = :plan").setParameter("plan", plan).executeUpdate();
        em.remove(plan);
        em.flush();
    }

    /** Adds an objective at the end of the plan's list, or saves an edited one. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Objective saveObjective(@NotNull @Valid Objective objective) {
        if (objective.isNew()) {
            WorkPlan plan = plannable(Optional.ofNullable(objective.getWorkPlan()).map(WorkPlan::getId).orElse(null));
            Integer last = em.createQuery("SELECT MAX(o.position) FROM Objective o WHERE o.workPlan = :plan", Integer.class)
                    .setParameter("plan", plan)
                    .getSingleResult();
            Objective created = new Objective(plan, objective.getText().strip(), last == null ? 0 : last + 1);
            em.persist(created);
            em.flush();
            return created;
        }
        Objective stored = Optional.ofNullable(em.find(Objective.class, objective.getId()))
                .orElseThrow(() -> new NotFoundException(OBJECTIVE, objective.getId()));
        access.requirePlan(stored.getWorkPlan().getForum(), OBJECTIVE, stored.getId());
        requireVersion(stored.getVersion(), objective.getVersion(), OBJECTIVE);
        stored.setText(objective.getText().strip());
        flush(OBJECTIVE);
        return stored;
    }

    /** Deletes an objective; one that milestones serve is refused with their number. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public void deleteObjective(long id, long version) {
        Objective objective = Optional.ofNullable(em.find(Objective.class, id))
                .orElseThrow(() -> new NotFoundException(OBJECTIVE, id));
        access.requirePlan(objective.getWorkPlan().getForum(), OBJECTIVE, id);
        requireVersion(objective.getVersion(), version, OBJECTIVE);
        long milestones = em.createQuery("SELECT COUNT(m) FROM Milestone m WHERE m.objective = :objective", Long.class)
                .setParameter("objective", objective)
                .getSingleResult();
        if (milestones > 0) {
            throw new RuleViolation("objective.delete.hasMilestones", milestones);
        }
        em.remove(objective);
        em.flush();
    }

    /** Adds a milestone to a plan, or saves an edited one; its objective must be one of the same plan. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Milestone saveMilestone(@NotNull @Valid Milestone milestone) {
        Milestone target;
        if (milestone.isNew()) {
            WorkPlan plan = plannable(Optional.ofNullable(milestone.getWorkPlan()).map(WorkPlan::getId).orElse(null));
            target = new Milestone(plan, null, milestone.getTitle(), milestone.getDueOn());
        } else {
            target = Optional.ofNullable(em.find(Milestone.class, milestone.getId()))
                    .orElseThrow(() -> new NotFoundException(MILESTONE, milestone.getId()));
            access.requirePlan(target.getWorkPlan().getForum(), MILESTONE, target.getId());
            requireVersion(target.getVersion(), milestone.getVersion(), MILESTONE);
        }
        target.setTitle(milestone.getTitle().strip());
        target.setDueOn(milestone.getDueOn());
        target.setStatus(milestone.getStatus());
        target.setNote(milestone.getNote() == null || milestone.getNote().isBlank() ? null : milestone.getNote().strip());
        target.setObjective(objectiveOf(target.getWorkPlan(), milestone.getObjective()));
        if (target.isNew()) {
            em.persist(target);
        }
        flush(MILESTONE);
        return target;
    }

    /** Deletes a milestone; one that actions serve is refused with their number. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public void deleteMilestone(long id, long version) {
        Milestone milestone = Optional.ofNullable(em.find(Milestone.class, id))
                .orElseThrow(() -> new NotFoundException(MILESTONE, id));
        access.requirePlan(milestone.getWorkPlan().getForum(), MILESTONE, id);
        requireVersion(milestone.getVersion(), version, MILESTONE);
        long actions = em.createQuery("SELECT COUNT(a) FROM Action a WHERE a.milestone = :milestone", Long.class)
                .setParameter("milestone", milestone)
                .getSingleResult();
        if (actions > 0) {
            throw new RuleViolation("milestone.delete.hasActions", actions);
        }
        em.remove(milestone);
        em.flush();
    }

    private Objective objectiveOf(WorkPlan plan, Objective given) {
        if (given == null || given.getId() == null) {
            return null;
        }
        Objective objective = em.find(Objective.class, given.getId());
        if (objective == null || !objective.getWorkPlan().equals(plan)) {
            throw new RuleViolation("milestone.objective.otherPlan");
        }
        return objective;
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

    private WorkPlan plannable(Long id) {
        if (id == null) {
            throw new NotFoundException(WORK_PLAN, "new");
        }
        WorkPlan plan = stored(id);
        access.requirePlan(plan.getForum(), WORK_PLAN, id);
        return plan;
    }

    private WorkPlan stored(long id) {
        return Optional.ofNullable(em.find(WorkPlan.class, id)).orElseThrow(() -> new NotFoundException(WORK_PLAN, id));
    }

    private Forum forum(long id) {
        return Optional.ofNullable(em.find(Forum.class, id)).orElseThrow(() -> new NotFoundException("Forum", id));
    }
}
