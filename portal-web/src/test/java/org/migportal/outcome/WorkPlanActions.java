package org.migportal.outcome;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.migportal.forum.entity.Forum;
import org.migportal.workplan.entity.Action;
import org.migportal.workplan.entity.ActionStatus;

/**
 * Actions of a forum's work-plan for the outcome and support tests, made straight through the entity manager
 * (the work-plan's pages and boundary are another feature's; these tests need only the rows).
 */
@Stateless
public class WorkPlanActions {

    @PersistenceContext
    EntityManager em;

    /** An action done on the given day; with the members' own money for it, if given, in that currency. */
    public Action done(long forumId, String title, LocalDate doneOn, BigDecimal ownMoney, String currency) {
        Action action = new Action(em.find(Forum.class, forumId), title);
        action.setOwnContribution(ownMoney);
        action.setCurrencyCode(ownMoney == null ? null : currency);
        action.changeStatus(ActionStatus.DONE, doneOn, LocalDate.now());
        em.persist(action);
        em.flush();
        return action;
    }
}
