package org.migportal.forum.control;

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
import org.migportal.forum.boundary.ForumFilter;
import org.migportal.forum.entity.Forum;
import org.migportal.geography.entity.Country;
import org.migportal.geography.entity.District;
import org.migportal.platform.control.LikePattern;
import org.migportal.platform.control.PageRequest;
import org.migportal.security.control.ReadScope;

/**
 * The forum list's queries: one page of forums with district and country fetched in the same
 * query, the matching count, and the member counts of that page in one grouped query (no N+1).
 */
@Dependent
public class ForumQueries {

    @PersistenceContext
    EntityManager em;

    public List<Forum> page(ForumFilter filter, ReadScope scope, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Forum> query = cb.createQuery(Forum.class);
        Root<Forum> forum = query.from(Forum.class);
        @SuppressWarnings("unchecked")
        Join<Forum, District> district = (Join<Forum, District>) forum.<Forum, District>fetch("district", JoinType.INNER);
        @SuppressWarnings("unchecked")
        Join<District, Country> country = (Join<District, Country>) district.<District, Country>fetch("country", JoinType.INNER);
        query.select(forum)
                .where(predicates(cb, filter, scope, forum, district, country))
                .orderBy(order(cb, page, forum, district, country));
        return em.createQuery(query)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long count(ForumFilter filter, ReadScope scope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Forum> forum = query.from(Forum.class);
        Join<Forum, District> district = forum.join("district");
        Join<District, Country> country = district.join("country");
        query.select(cb.count(forum)).where(predicates(cb, filter, scope, forum, district, country));
        return em.createQuery(query).getSingleResult();
    }

    public List<String> marketSystems(ReadScope scope) {
        if (scope.everything()) {
            return em.createNamedQuery(Forum.MARKET_SYSTEMS, String.class).getResultList();
        }
        return em.createQuery("""
                        SELECT DISTINCT f.marketSystem FROM Forum f
                        WHERE f.district.country.isoCode IN :countries OR f.code IN :forums
                        ORDER BY f.marketSystem""", String.class)
                .setParameter("countries", scope.countriesOrNone())
                .setParameter("forums", scope.forumsOrNone())
                .getResultList();
    }

    public Map<Long, Long> currentMemberCounts(List<Long> forumIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (forumIds.isEmpty()) {
            return counts;
        }
        em.createQuery("""
                        SELECT ms.forum.id, COUNT(ms) FROM Membership ms
                        WHERE ms.forum.id IN :ids AND ms.leftOn IS NULL GROUP BY ms.forum.id""", Object[].class)
                .setParameter("ids", forumIds)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    private static Predicate[] predicates(CriteriaBuilder cb, ForumFilter filter, ReadScope scope,
            Root<Forum> forum, Join<Forum, District> district, Join<District, Country> country) {
        List<Predicate> where = new ArrayList<>();
        if (!scope.everything()) {
            where.add(cb.or(country.get("isoCode").in(scope.countriesOrNone()),
                    forum.get("code").in(scope.forumsOrNone())));
        }
        if (filter.countryIso() != null) {
            where.add(cb.equal(country.get("isoCode"), filter.countryIso()));
        }
        if (filter.districtId() != null) {
            where.add(cb.equal(district.get("id"), filter.districtId()));
        }
        if (filter.marketSystem() != null && !filter.marketSystem().isBlank()) {
            where.add(cb.equal(cb.lower(forum.get("marketSystem")), filter.marketSystem().strip().toLowerCase()));
        }
        if (filter.status() != null) {
            where.add(cb.equal(forum.get("status"), filter.status()));
        }
        if (filter.changeArea() != null) {
            where.add(cb.equal(forum.get("changeArea"), filter.changeArea()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = LikePattern.containing(filter.text());
            where.add(cb.or(
                    cb.like(cb.lower(forum.get("name")), pattern, LikePattern.ESCAPE),
                    cb.like(cb.lower(forum.get("code")), pattern, LikePattern.ESCAPE),
                    cb.like(cb.lower(forum.get("vision")), pattern, LikePattern.ESCAPE)));
        }
        return where.toArray(Predicate[]::new);
    }

    private static List<Order> order(CriteriaBuilder cb, PageRequest page, Root<Forum> forum,
            Join<Forum, District> district, Join<District, Country> country) {
        Path<?> path = switch (page.sortField() == null ? "name" : page.sortField()) {
            case "code" -> forum.get("code");
            case "district" -> district.get("name");
            case "country" -> country.get("name");
            case "marketSystem" -> forum.get("marketSystem");
            case "status" -> forum.get("status");
            case "changeArea" -> forum.get("changeArea");
            case "establishedOn" -> forum.get("establishedOn");
            default -> forum.get("name");
        };
        Order primary = page.ascending() ? cb.asc(path) : cb.desc(path);
        return List.of(primary, cb.asc(forum.get("id")));
    }
}
