package org.migportal.security.probe;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.migportal.forum.entity.Forum;
import org.migportal.meeting.entity.Adaptation;
import org.migportal.meeting.entity.Commitment;
import org.migportal.workplan.entity.Action;
import org.migportal.workplan.entity.ActionAssessment;
import org.migportal.workplan.entity.ActionStatus;
import org.migportal.workplan.entity.Milestone;
import org.migportal.workplan.entity.Objective;
import org.migportal.workplan.entity.WorkPlan;

/**
 * The work-plans, objectives, milestones and actions the matrix acts on, made like {@link ProbeFixtures}
 * straight through the entity manager. The demo forum's place reads the demo work-plan and its first action.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WorkPlanProbeFixtures {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @PersistenceContext
    EntityManager em;

    /** A place's plan with an objective and a milestone, and an assessed action of its forum. */
    public record Records(WorkPlan plan, Objective objective, Milestone milestone, Action action) {
    }

    public Records records(ProbePlace place, Forum forum) {
        if (place.demoForum != null) {
            Forum demo = em.find(Forum.class, forum.getId());
            WorkPlan plan = em.createQuery("SELECT p FROM WorkPlan p WHERE p.forum = :forum ORDER BY p.id", WorkPlan.class)
                    .setParameter("forum", demo).setMaxResults(1).getSingleResult();
            Objective objective = em.createQuery("SELECT o FROM Objective o WHERE o.workPlan = :plan ORDER BY o.id", Objective.class)
                    .setParameter("plan", plan).setMaxResults(1).getSingleResult();
            Milestone milestone = em.createQuery("SELECT m FROM Milestone m WHERE m.workPlan = :plan ORDER BY m.id", Milestone.class)
                    .setParameter("plan", plan).setMaxResults(1).getSingleResult();
            Action action = em.createQuery("""
                            SELECT a FROM Action a WHERE a.forum = :forum AND a.status IN :open ORDER BY a.id""", Action.class)
                    .setParameter("forum", demo)
                    .setParameter("open", List.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS))
                    .setMaxResults(1).getSingleResult();
            demo.getCountry();
            return new Records(plan, objective, milestone, action);
        }
        WorkPlan plan = plan(forum);
        Objective objective = objective(plan);
        return new Records(plan, objective, milestone(plan, objective), action(forum));
    }

    public WorkPlan plan(Forum forum) {
        WorkPlan plan = new WorkPlan(em.find(Forum.class, forum.getId()), "Probe plan " + SERIAL.incrementAndGet(),
                LocalDate.now().minusDays(5), LocalDate.now().plusMonths(6));
        em.persist(plan);
        em.flush();
        return plan;
    }

    public Objective objective(WorkPlan plan) {
        Objective objective = new Objective(em.find(WorkPlan.class, plan.getId()), "Probe objective " + SERIAL.incrementAndGet(), 0);
        em.persist(objective);
        em.flush();
        return objective;
    }

    public Milestone milestone(WorkPlan plan, Objective objective) {
        Milestone milestone = new Milestone(em.find(WorkPlan.class, plan.getId()),
                objective == null ? null : em.find(Objective.class, objective.getId()),
                "Probe milestone " + SERIAL.incrementAndGet(), LocalDate.now().plusMonths(2));
        em.persist(milestone);
        em.flush();
        return milestone;
    }

    /** A new assessed action of the forum, alone in the forum's order if it is the forum's first. */
    public Action action(Forum forum) {
        Forum stored = em.find(Forum.class, forum.getId());
        Action action = new Action(stored, "Probe action " + SERIAL.incrementAndGet());
        Integer last = em.createQuery("SELECT MAX(a.chosenPosition) FROM Action a WHERE a.forum = :forum", Integer.class)
                .setParameter("forum", stored).getSingleResult();
        action.placeAt(last == null ? 0 : last + 1);
        em.persist(action);
        ActionAssessment assessment = new ActionAssessment(action, LocalDate.now());
        assessment.getDifficulty().setComputed(2);
        assessment.getRisk().setComputed(2);
        assessment.getCost().setComputed(3);
        em.persist(assessment);
        em.flush();
        return action;
    }

    /** The forum's open actions in its chosen order, with their versions now. */
    public List<Action> openActions(Forum forum) {
        return em.createQuery("""
                        SELECT a FROM Action a WHERE a.forum.id = :forum AND a.status IN :open
                        ORDER BY a.chosenPosition, a.id""", Action.class)
                .setParameter("forum", forum.getId())
                .setParameter("open", List.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS))
                .getResultList();
    }

    /** The stored commitment or adaptation, with the version it has now. */
    public Commitment commitment(long id) {
        return em.find(Commitment.class, id);
    }

    public Adaptation adaptation(long id) {
        return em.find(Adaptation.class, id);
    }
}
