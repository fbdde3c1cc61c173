package org.migportal.communication.control;

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
import org.migportal.communication.boundary.CommunicationFilter;
import org.migportal.communication.entity.CommunicationEntry;
import org.migportal.forum.entity.Forum;
import org.migportal.geography.entity.Country;
import org.migportal.geography.entity.District;
import org.migportal.member.entity.Member;
import org.migportal.platform.control.LikePattern;
import org.migportal.platform.control.PageRequest;
import org.migportal.security.control.ReadScope;

/**
 * The communication log's queries: one page of entries with forum, district and country fetched,
 * the matching count, and the page's parties in one query (no N+1).
 */
@Dependent
public class CommunicationQueries {

    @PersistenceContext
    EntityManager em;

    public List<CommunicationEntry> page(CommunicationFilter filter, ReadScope scope, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<CommunicationEntry> query = cb.createQuery(CommunicationEntry.class);
        Root<CommunicationEntry> entry = query.from(CommunicationEntry.class);
        @SuppressWarnings("unchecked")
        Join<CommunicationEntry, Forum> forum = (Join<CommunicationEntry, Forum>) entry.<CommunicationEntry, Forum>fetch("forum", JoinType.INNER);
        @SuppressWarnings("unchecked")
        Join<Forum, District> district = (Join<Forum, District>) forum.<Forum, District>fetch("district", JoinType.INNER);
        @SuppressWarnings("unchecked")
        Join<District, Country> country = (Join<District, Country>) district.<District, Country>fetch("country", JoinType.INNER);
        query.select(entry)
                .where(predicates(cb, filter, scope, entry, forum, country))
                .orderBy(order(cb, page, entry, forum));
        // The consent rule reads every entry's parties (PersonalData): in one batch for the page.
        return em.createQuery(query)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .setHint("eclipselink.batch", "e.parties")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    public long count(CommunicationFilter filter, ReadScope scope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<CommunicationEntry> entry = query.from(CommunicationEntry.class);
        Join<CommunicationEntry, Forum> forum = entry.join("forum");
        Join<District, Country> country = forum.<Forum, District>join("district").join("country");
        query.select(cb.count(entry)).where(predicates(cb, filter, scope, entry, forum, country));
        return em.createQuery(query).getSingleResult();
    }

    /** Each entry's parties, by entry id, in name order. */
    public Map<Long, List<Member>> parties(List<Long> entryIds) {
        Map<Long, List<Member>> names = new HashMap<>();
        if (entryIds.isEmpty()) {
            return names;
        }
        em.createQuery("""
                        SELECT e.id, m FROM CommunicationEntry e JOIN e.parties m
                        WHERE e.id IN :ids ORDER BY m.familyName, m.givenName""", Object[].class)
                .setParameter("ids", entryIds)
                .getResultList()
                .forEach(row -> names.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Member) row[1]));
        return names;
    }

    private static Predicate[] predicates(CriteriaBuilder cb, CommunicationFilter filter, ReadScope scope,
            Root<CommunicationEntry> entry, Join<CommunicationEntry, Forum> forum, Join<District, Country> country) {
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
        if (filter.kind() != null) {
            where.add(cb.equal(entry.get("kind"), filter.kind()));
        }
        if (filter.purpose() != null) {
            where.add(cb.equal(entry.get("purpose"), filter.purpose()));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.get("happenedOn"), filter.from()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThanOrEqualTo(entry.get("happenedOn"), filter.to()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = LikePattern.containing(filter.text());
            where.add(cb.or(
                    cb.like(cb.lower(entry.get("summary")), pattern, LikePattern.ESCAPE),
                    cb.like(cb.lower(entry.get("outsideParties")), pattern, LikePattern.ESCAPE),
                    cb.like(cb.lower(entry.get("outcome")), pattern, LikePattern.ESCAPE)));
        }
        return where.toArray(Predicate[]::new);
    }

    private static List<Order> order(CriteriaBuilder cb, PageRequest page, Root<CommunicationEntry> entry,
            Join<CommunicationEntry, Forum> forum) {
        // Newest first unless the caller sorts otherwise: a log is read from its latest entry.
        if (page.sortField() == null) {
            return List.of(cb.desc(entry.get("happenedOn")), cb.desc(entry.get("id")));
        }
        Path<?> path = switch (page.sortField()) {
            case "forum" -> forum.get("name");
            case "kind" -> entry.get("kind");
            case "channel" -> entry.get("channel");
            case "purpose" -> entry.get("purpose");
            default -> entry.get("happenedOn");
        };
        Order primary = page.ascending() ? cb.asc(path) : cb.desc(path);
        return List.of(primary, cb.desc(entry.get("id")));
    }
}
