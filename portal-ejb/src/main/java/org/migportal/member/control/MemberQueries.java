package org.migportal.member.control;

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
import jakarta.persistence.criteria.Subquery;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.migportal.geography.entity.Country;
import org.migportal.member.boundary.MemberFilter;
import org.migportal.member.entity.MarginalisedGroup;
import org.migportal.member.entity.MarketActor;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Membership;
import org.migportal.platform.control.LikePattern;
import org.migportal.platform.control.PageRequest;
import org.migportal.security.control.ReadScope;

/**
 * The member list's queries. Actor and country come in the same query and the marginalised groups
 * of the whole page in one batch, so a page costs a fixed number of queries. Youth is decided in
 * SQL against each member's own country's bounds.
 */
@Dependent
public class MemberQueries {

    @PersistenceContext
    EntityManager em;

    public List<Member> page(MemberFilter filter, ReadScope scope, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Member> query = cb.createQuery(Member.class);
        Root<Member> member = query.from(Member.class);
        @SuppressWarnings("unchecked")
        Join<Member, MarketActor> actor = (Join<Member, MarketActor>) member.<Member, MarketActor>fetch("actor", JoinType.INNER);
        @SuppressWarnings("unchecked")
        Join<Member, Country> country = (Join<Member, Country>) member.<Member, Country>fetch("country", JoinType.INNER);
        query.select(member)
                .where(predicates(cb, query, filter, scope, member, actor, country))
                .orderBy(order(cb, page, scope, member, actor, country));
        return em.createQuery(query)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .setHint("eclipselink.batch", "m.marginalisedGroups")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    public long count(MemberFilter filter, ReadScope scope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Member> member = query.from(Member.class);
        Join<Member, MarketActor> actor = member.join("actor");
        Join<Member, Country> country = member.join("country");
        query.select(cb.count(member)).where(predicates(cb, query, filter, scope, member, actor, country));
        return em.createQuery(query).getSingleResult();
    }

    /** Whether the member holds (or held) a seat in one of these forums. */
    public boolean isInForums(Member member, java.util.Set<String> forumCodes) {
        if (forumCodes.isEmpty()) {
            return false;
        }
        return em.createQuery("""
                        SELECT COUNT(ms) FROM Membership ms
                        WHERE ms.member = :member AND ms.forum.code IN :codes""", Long.class)
                .setParameter("member", member)
                .setParameter("codes", forumCodes)
                .getSingleResult() > 0;
    }

    private static Predicate[] predicates(CriteriaBuilder cb, CriteriaQuery<?> query, MemberFilter filter,
            ReadScope scope, Root<Member> member, Join<Member, MarketActor> actor, Join<Member, Country> country) {
        List<Predicate> where = new ArrayList<>();
        if (!scope.everything()) {
            Subquery<Long> inForums = query.subquery(Long.class);
            Root<Membership> ms = inForums.from(Membership.class);
            inForums.select(ms.get("id")).where(
                    cb.equal(ms.get("member"), member),
                    ms.get("forum").get("code").in(scope.forumsOrNone()));
            where.add(cb.or(country.get("isoCode").in(scope.countriesOrNone()), cb.exists(inForums)));
        }
        if (filter.countryIso() != null) {
            where.add(cb.equal(country.get("isoCode"), filter.countryIso()));
        }
        if (filter.forumId() != null) {
            Subquery<Long> inForum = query.subquery(Long.class);
            Root<Membership> ms = inForum.from(Membership.class);
            inForum.select(ms.get("id")).where(
                    cb.equal(ms.get("member"), member),
                    cb.equal(ms.get("forum").get("id"), filter.forumId()),
                    cb.isNull(ms.get("leftOn")));
            where.add(cb.exists(inForum));
        }
        if (filter.actorType() != null) {
            where.add(cb.equal(actor.get("actorType"), filter.actorType()));
        }
        // Filters on personal fields match a member the caller may not see in full only for callers
        // who may: otherwise filtering would reveal what the page withholds (PersonalData).
        Predicate personalDataVisible = personalDataVisible(cb, scope, member, country);
        boolean filtersOnPersonalData = filter.sex() != null || filter.youth() != null || filter.marginalised() != null;
        if (filtersOnPersonalData) {
            where.add(personalDataVisible);
        }
        if (filter.sex() != null) {
            where.add(cb.equal(member.get("sex"), filter.sex()));
        }
        if (filter.youth() != null) {
            Predicate youth = youth(cb, member, country, Year.now().getValue());
            where.add(filter.youth() ? youth : cb.or(cb.isNull(member.get("birthYear")), cb.not(youth)));
        }
        if (filter.marginalised() != null) {
            // An explicit EXISTS: EclipseLink renders IS [NOT] EMPTY on this element collection as a COUNT
            // subquery that cross-joins the whole member table (31 s at 50,000 members).
            Subquery<Integer> groups = query.subquery(Integer.class);
            Root<Member> same = groups.correlate(member);
            Join<Member, MarginalisedGroup> group = same.join("marginalisedGroups");
            groups.select(cb.literal(1)).where(cb.isNotNull(group));
            where.add(filter.marginalised() ? cb.exists(groups) : cb.not(cb.exists(groups)));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = LikePattern.containing(filter.text());
            where.add(cb.or(
                    cb.and(personalDataVisible, cb.or(
                            cb.like(cb.lower(member.get("givenName")), pattern, LikePattern.ESCAPE),
                            cb.like(cb.lower(member.get("familyName")), pattern, LikePattern.ESCAPE))),
                    cb.like(cb.lower(actor.get("name")), pattern, LikePattern.ESCAPE)));
        }
        return where.toArray(Predicate[]::new);
    }

    /** Born between (year - max age) and (year - min age) of the member's country. */
    private static Predicate youth(CriteriaBuilder cb, Root<Member> member, Join<Member, Country> country, int year) {
        Expression<Integer> birthYear = member.get("birthYear");
        return cb.and(
                cb.greaterThanOrEqualTo(birthYear, cb.diff(cb.literal(year), country.<Integer>get("youthMaxAge"))),
                cb.lessThanOrEqualTo(birthYear, cb.diff(cb.literal(year), country.<Integer>get("youthMinAge"))));
    }

    private static List<Order> order(CriteriaBuilder cb, PageRequest page, ReadScope scope, Root<Member> member,
            Join<Member, MarketActor> actor, Join<Member, Country> country) {
        String field = page.sortField() == null ? "name" : page.sortField();
        List<Expression<?>> keys = switch (field) {
            case "actor" -> List.of(actor.get("name"));
            case "actorType" -> List.of(actor.get("actorType"));
            case "country" -> List.of(country.get("name"));
            case "sex" -> List.of(member.get("sex"));
            case "birthYear" -> List.of(member.get("birthYear"));
            default -> List.of(member.get("familyName"), member.get("givenName"));
        };
        List<Order> orders = new ArrayList<>();
        if (List.of("name", "sex", "birthYear").contains(field)) {
            // Members the caller may not see in full go last, in no order of their withheld fields.
            Predicate visible = personalDataVisible(cb, scope, member, country);
            orders.add(cb.asc(cb.selectCase().when(visible, 0).otherwise(1)));
            keys = keys.stream().<Expression<?>>map(key -> onlyIf(cb, visible, key)).toList();
        }
        keys.forEach(key -> orders.add(page.ascending() ? cb.asc(key) : cb.desc(key)));
        orders.add(cb.asc(member.get("id")));
        return orders;
    }

    /** The member consented, or belongs to a country whose officer the caller is (PersonalData). */
    private static Predicate personalDataVisible(CriteriaBuilder cb, ReadScope scope, Root<Member> member,
            Join<Member, Country> country) {
        return cb.or(cb.isTrue(member.get("consentGiven")),
                country.get("isoCode").in(scope.personalDataCountriesOrNone()));
    }

    @SuppressWarnings("unchecked")
    private static <T> Expression<T> onlyIf(CriteriaBuilder cb, Predicate condition, Expression<T> value) {
        return cb.<T>selectCase().when(condition, value).otherwise(cb.nullLiteral((Class<T>) value.getJavaType()));
    }
}
