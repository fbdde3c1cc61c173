package org.migportal.member.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migportal.geography.entity.Country;
import org.migportal.member.boundary.ActorFilter;
import org.migportal.member.entity.MarketActor;
import org.migportal.platform.control.LikePattern;
import org.migportal.platform.control.PageRequest;
import org.migportal.security.control.ReadScope;

/** The market actor list's queries: a page with its countries, the count, and member counts per page. */
@Dependent
public class ActorQueries {

    @PersistenceContext
    EntityManager em;

    public List<MarketActor> page(ActorFilter filter, ReadScope scope, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<MarketActor> query = cb.createQuery(MarketActor.class);
        Root<MarketActor> actor = query.from(MarketActor.class);
        @SuppressWarnings("unchecked")
        Join<MarketActor, Country> country = (Join<MarketActor, Country>) actor.<MarketActor, Country>fetch("country", JoinType.INNER);
        actor.fetch("district", JoinType.LEFT);
        Path<?> sort = switch (page.sortField() == null ? "name" : page.sortField()) {
            case "actorType" -> actor.get("actorType");
            case "country" -> country.get("name");
            default -> actor.get("name");
        };
        query.select(actor)
                .where(predicates(cb, filter, scope, actor, country))
                .orderBy(page.ascending() ? cb.asc(sort) : cb.desc(sort), cb.asc(actor.get("id")));
        return em.createQuery(query).setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    public long count(ActorFilter filter, ReadScope scope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<MarketActor> actor = query.from(MarketActor.class);
        Join<MarketActor, Country> country = actor.join("country");
        query.select(cb.count(actor)).where(predicates(cb, filter, scope, actor, country));
        return em.createQuery(query).getSingleResult();
    }

    public Map<Long, Long> memberCounts(List<Long> actorIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!actorIds.isEmpty()) {
            em.createQuery("SELECT m.actor.id, COUNT(m) FROM Member m WHERE m.actor.id IN :ids GROUP BY m.actor.id",
                            Object[].class)
                    .setParameter("ids", actorIds)
                    .getResultList()
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    private static Predicate[] predicates(CriteriaBuilder cb, ActorFilter filter, ReadScope scope,
            Root<MarketActor> actor, Join<MarketActor, Country> country) {
        List<Predicate> where = new ArrayList<>();
        if (!scope.everything()) {
            where.add(country.get("isoCode").in(scope.countriesOrNone()));
        }
        if (filter.countryIso() != null) {
            where.add(cb.equal(country.get("isoCode"), filter.countryIso()));
        }
        if (filter.actorType() != null) {
            where.add(cb.equal(actor.get("actorType"), filter.actorType()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add(cb.like(cb.lower(actor.get("name")), LikePattern.containing(filter.text()), LikePattern.ESCAPE));
        }
        return where.toArray(Predicate[]::new);
    }
}
