package org.migportal.workshop.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migportal.geography.entity.Country;
import org.migportal.geography.entity.District;
import org.migportal.platform.control.LikePattern;
import org.migportal.platform.control.PageRequest;
import org.migportal.security.control.ReadScope;
import org.migportal.workshop.boundary.WorkshopFilter;
import org.migportal.workshop.entity.Workshop;

/**
 * The workshop list's queries: one page with district and country fetched, the matching count,
 * and the page's constraint and forum counts in one grouped query each (no N+1).
 */
@Dependent
public class WorkshopQueries {

    @PersistenceContext
    EntityManager em;

    public List<Workshop> page(WorkshopFilter filter, ReadScope scope, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Workshop> query = cb.createQuery(Workshop.class);
        Root<Workshop> workshop = query.from(Workshop.class);
        @SuppressWarnings("unchecked")
        Join<Workshop, District> district = (Join<Workshop, District>) workshop.<Workshop, District>fetch("district", JoinType.INNER);
        @SuppressWarnings("unchecked")
        Join<District, Country> country = (Join<District, Country>) district.<District, Country>fetch("country", JoinType.INNER);
        query.select(workshop)
                .where(predicates(cb, filter, scope, workshop, district, country))
                .orderBy(order(cb, page, workshop, district, country));
        return em.createQuery(query)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long count(WorkshopFilter filter, ReadScope scope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Workshop> workshop = query.from(Workshop.class);
        Join<Workshop, District> district = workshop.join("district");
        Join<District, Country> country = district.join("country");
        query.select(cb.count(workshop)).where(predicates(cb, filter, scope, workshop, district, country));
        return em.createQuery(query).getSingleResult();
    }

    public Map<Long, Long> constraintCounts(List<Long> workshopIds) {
        return grouped("""
                SELECT c.workshop.id, COUNT(c) FROM WorkshopConstraint c
                WHERE c.workshop.id IN :ids GROUP BY c.workshop.id""", workshopIds);
    }

    public Map<Long, Long> forumCounts(List<Long> workshopIds) {
        return grouped("""
                SELECT f.workshopId, COUNT(f) FROM Forum f
                WHERE f.workshopId IN :ids GROUP BY f.workshopId""", workshopIds);
    }

    private Map<Long, Long> grouped(String jpql, List<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        em.createQuery(jpql, Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    private static Predicate[] predicates(CriteriaBuilder cb, WorkshopFilter filter, ReadScope scope,
            Root<Workshop> workshop, Join<Workshop, District> district, Join<District, Country> country) {
        List<Predicate> where = new ArrayList<>();
        if (!scope.everything()) {
            where.add(country.get("isoCode").in(scope.countriesOrNone()));
        }
        if (filter.countryIso() != null) {
            where.add(cb.equal(country.get("isoCode"), filter.countryIso()));
        }
        if (filter.districtId() != null) {
            where.add(cb.equal(district.get("id"), filter.districtId()));
        }
        if (filter.marketSystem() != null && !filter.marketSystem().isBlank()) {
            where.add(cb.like(cb.lower(workshop.get("marketSystem")), LikePattern.containing(filter.marketSystem()),
                    LikePattern.ESCAPE));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(workshop.get("heldOn"), filter.from()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThanOrEqualTo(workshop.get("heldOn"), filter.to()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static List<Order> order(CriteriaBuilder cb, PageRequest page, Root<Workshop> workshop,
            Join<Workshop, District> district, Join<District, Country> country) {
        // Newest first unless the caller sorts otherwise: the latest workshop is the one people look for.
        if (page.sortField() == null) {
            return List.of(cb.desc(workshop.get("heldOn")), cb.desc(workshop.get("id")));
        }
        Path<?> path = switch (page.sortField()) {
            case "district" -> district.get("name");
            case "country" -> country.get("name");
            case "marketSystem" -> workshop.get("marketSystem");
            case "participantCount" -> workshop.get("participantCount");
            default -> workshop.get("heldOn");
        };
        Order primary = page.ascending() ? cb.asc(path) : cb.desc(path);
        return List.of(primary, cb.asc(workshop.get("id")));
    }
}
