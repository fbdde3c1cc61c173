package org.migportal.workplan.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.migportal.forum.entity.Forum;
import org.migportal.geography.entity.Country;
import org.migportal.geography.entity.District;
import org.migportal.platform.control.LikePattern;
import org.migportal.platform.control.PageRequest;
import org.migportal.security.control.ReadScope;
import org.migportal.workplan.boundary.ActionFilter;
import org.migportal.workplan.entity.Action;
import org.migportal.workplan.entity.ActionAssessment;
import org.migportal.workplan.entity.ActionStatus;

/**
 * The action list's queries: each page with its forum, country and assessment fetched in the same query
 * (no N+1), sortable by the chosen order, title, due date, status or an effective rating.
 */
@Dependent
public class ActionQueries {

    @PersistenceContext
    EntityManager em;

    public List<Action> page(ActionFilter filter, ReadScope scope, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Action> query = cb.createQuery(Action.class);
        Root<Action> action = query.from(Action.class);
        @SuppressWarnings("unchecked")
        Join<Action, Forum> forum = (Join<Action, Forum>) action.<Action, Forum>fetch("forum", JoinType.INNER);
        @SuppressWarnings("unchecked")
        Join<Forum, District> district = (Join<Forum, District>) forum.<Forum, District>fetch("district", JoinType.INNER);
        @SuppressWarnings("unchecked")
        Join<District, Country> country = (Join<District, Country>) district.<District, Country>fetch("country", JoinType.INNER);
        @SuppressWarnings("unchecked")
        Join<Action, ActionAssessment> assessment =
                (Join<Action, ActionAssessment>) action.<Action, ActionAssessment>fetch("assessment", JoinType.LEFT);
        // The list and the API name these; fetched here so that a page is one query.
        action.fetch("workPlan", JoinType.LEFT);
        action.fetch("milestone", JoinType.LEFT);
        action.fetch("payerActor", JoinType.LEFT);
        action.fetch("replacedBy", JoinType.LEFT);
        query.select(action)
                .where(predicates(cb, filter, scope, action, forum, country))
                .orderBy(order(cb, page, action, assessment));
        return em.createQuery(query)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long count(ActionFilter filter, ReadScope scope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Action> action = query.from(Action.class);
        Join<Action, Forum> forum = action.join("forum");
        Join<Forum, District> district = forum.join("district");
        Join<District, Country> country = district.join("country");
        query.select(cb.count(action)).where(predicates(cb, filter, scope, action, forum, country));
        return em.createQuery(query).getSingleResult();
    }

    /** The forum's open actions (planned or in progress) with their assessments, in the chosen order. */
    public List<Action> openOf(Forum forum) {
        return em.createQuery("""
                        SELECT a FROM Action a LEFT JOIN FETCH a.assessment
                        WHERE a.forum = :forum AND a.status IN :open
                        ORDER BY a.chosenPosition, a.id""", Action.class)
                .setParameter("forum", forum)
                .setParameter("open", List.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS))
                .getResultList();
    }

    /** The next place at the end of the forum's chosen order. */
    public int nextPosition(Forum forum) {
        Integer last = em.createQuery("SELECT MAX(a.chosenPosition) FROM Action a WHERE a.forum = :forum", Integer.class)
                .setParameter("forum", forum)
                .getSingleResult();
        return last == null ? 0 : last + 1;
    }

    private static Predicate[] predicates(CriteriaBuilder cb, ActionFilter filter, ReadScope scope,
            Root<Action> action, Join<Action, Forum> forum, Join<District, Country> country) {
        List<Predicate> where = new ArrayList<>();
        if (!scope.everything()) {
            where.add(cb.or(country.get("isoCode").in(scope.countriesOrNone()),
                    forum.get("code").in(scope.forumsOrNone())));
        }
        if (filter.forumId() != null) {
            where.add(cb.equal(forum.get("id"), filter.forumId()));
        }
        if (filter.workPlanId() != null) {
            where.add(cb.equal(action.get("workPlan").get("id"), filter.workPlanId()));
        }
        if (filter.status() != null) {
            where.add(cb.equal(action.get("status"), filter.status()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add(cb.like(cb.lower(action.get("title")), LikePattern.containing(filter.text()), LikePattern.ESCAPE));
        }
        return where.toArray(Predicate[]::new);
    }

    private static List<Order> order(CriteriaBuilder cb, PageRequest page, Root<Action> action,
            Join<Action, ActionAssessment> assessment) {
        String field = page.sortField() == null ? "chosenPosition" : page.sortField();
        Expression<?> sort = switch (field) {
            case "title" -> action.get("title");
            case "dueOn" -> action.get("dueOn");
            case "status" -> action.get("status");
            case "difficulty", "risk", "cost" -> cb.coalesce(assessment.get(field).<Integer>get("override"),
                    assessment.get(field).<Integer>get("computed"));
            default -> action.get("chosenPosition");
        };
        return List.of(page.ascending() ? cb.asc(sort) : cb.desc(sort), cb.asc(action.get("id")));
    }
}
