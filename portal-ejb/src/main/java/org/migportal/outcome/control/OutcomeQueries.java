package org.migportal.outcome.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migportal.forum.entity.Forum;
import org.migportal.geography.entity.Country;
import org.migportal.geography.entity.District;
import org.migportal.outcome.boundary.OutcomeFilter;
import org.migportal.outcome.entity.Outcome;
import org.migportal.platform.control.LikePattern;
import org.migportal.platform.control.PageRequest;
import org.migportal.security.control.ReadScope;

/**
 * The outcome list's queries: one page with forum, district and country fetched, the matching count, and
 * the page's evidence counts in one grouped query (no N+1).
 */
@Dependent
public class OutcomeQueries {

    @PersistenceContext
    EntityManager em;

    public List<Outcome> page(OutcomeFilter filter, ReadScope scope, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Outcome> query = cb.createQuery(Outcome.class);
        Root<Outcome> outcome = query.from(Outcome.class);
        @SuppressWarnings("unchecked")
        Join<Outcome, Forum> forum = (Join<Outcome, Forum>) outcome.<Outcome, Forum>fetch("forum", JoinType.INNER);
        @SuppressWarnings("unchecked")
        Join<Forum, District> district = (Join<Forum, District>) forum.<Forum, District>fetch("district", JoinType.INNER);
        @SuppressWarnings("unchecked")
        Join<District, Country> country = (Join<District, Country>) district.<District, Country>fetch("country", JoinType.INNER);
        query.select(outcome)
                .where(predicates(cb, filter, scope, outcome, forum, country))
                .orderBy(order(cb, page, outcome, forum, country));
        return em.createQuery(query)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long count(OutcomeFilter filter, ReadScope scope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Outcome> outcome = query.from(Outcome.class);
        Join<Outcome, Forum> forum = outcome.join("forum");
        Join<District, Country> country = forum.<Forum, District>join("district").join("country");
        query.select(cb.count(outcome)).where(predicates(cb, filter, scope, outcome, forum, country));
        return em.createQuery(query).getSingleResult();
    }

    /** How many evidence files each outcome has, by outcome id (outcomes without any are left out). */
    public Map<Long, Long> evidenceCounts(List<Long> outcomeIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (outcomeIds.isEmpty()) {
            return counts;
        }
        em.createQuery("""
                        SELECT e.outcome.id, COUNT(e) FROM OutcomeEvidence e
                        WHERE e.outcome.id IN :ids GROUP BY e.outcome.id""", Object[].class)
                .setParameter("ids", outcomeIds)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    private static Predicate[] predicates(CriteriaBuilder cb, OutcomeFilter filter, ReadScope scope,
            Root<Outcome> outcome, Join<Outcome, Forum> forum, Join<District, Country> country) {
        List<Predicate> where = new ArrayList<>();
        if (!scope.everything()) {
            where.add(cb.or(country.get("isoCode").in(scope.countriesOrNone()),
                    forum.get("code").in(scope.forumsOrNone())));
        }
        if (filter.countryIso() != null) {
            where.add(cb.equal(country.get("isoCode"), filter.countryIso()));
        }
        if (filter.forumId() != null) {
            where.add(cb.equal(forum.get("id"), filter.forumId()));
        }
        if (filter.type() != null) {
            where.add(cb.equal(outcome.get("type"), filter.type()));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(outcome.get("occurredOn"), filter.from()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThanOrEqualTo(outcome.get("occurredOn"), filter.to()));
        }
        if (filter.beyondMembers() != null) {
            where.add(cb.equal(outcome.get("reachesBeyondMembers"), filter.beyondMembers()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = LikePattern.containing(filter.text());
            where.add(cb.or(
                    cb.like(cb.lower(outcome.get("description")), pattern, LikePattern.ESCAPE),
                    cb.like(cb.lower(outcome.get("beyondMembersNote")), pattern, LikePattern.ESCAPE)));
        }
        return where.toArray(Predicate[]::new);
    }

    private static List<Order> order(CriteriaBuilder cb, PageRequest page, Root<Outcome> outcome,
            Join<Outcome, Forum> forum, Join<District, Country> country) {
        // Latest first unless the caller sorts otherwise: what a forum achieved lately matters most.
        if (page.sortField() == null) {
            return List.of(cb.desc(outcome.get("occurredOn")), cb.desc(outcome.get("id")));
        }
        Expression<?> path = switch (page.sortField()) {
            case "forum" -> forum.get("name");
            case "country" -> country.get("name");
            case "type" -> outcome.get("type");
            // Unknown counts and unverified outcomes rank as the least, not (as PostgreSQL has NULL) the most.
            case "beneficiaries" -> cb.coalesce(outcome.<Integer>get("estimatedBeneficiaries"), -1);
            case "beyondMembers" -> outcome.get("reachesBeyondMembers");
            case "verifiedOn" -> cb.coalesce(outcome.<LocalDate>get("verifiedOn"), LocalDate.of(1900, 1, 1));
            default -> outcome.get("occurredOn");
        };
        Order primary = page.ascending() ? cb.asc(path) : cb.desc(path);
        return List.of(primary, cb.desc(outcome.get("id")));
    }
}
