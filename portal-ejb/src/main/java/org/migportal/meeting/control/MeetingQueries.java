package org.migportal.meeting.control;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migportal.forum.entity.Forum;
import org.migportal.geography.entity.Country;
import org.migportal.geography.entity.District;
import org.migportal.meeting.boundary.AttendanceCount;
import org.migportal.meeting.boundary.CommitmentFilter;
import org.migportal.meeting.boundary.MeetingFilter;
import org.migportal.meeting.entity.AttendanceStatus;
import org.migportal.meeting.entity.Commitment;
import org.migportal.meeting.entity.CommitmentStatus;
import org.migportal.meeting.entity.Meeting;
import org.migportal.member.entity.Member;
import org.migportal.platform.control.PageRequest;
import org.migportal.security.control.ReadScope;

/**
 * The meeting and commitment lists' queries, each page with its forum, district and country fetched in
 * the same query, and the attendance figures of a page or a forum in one grouped query (no N+1).
 */
@Dependent
public class MeetingQueries {

    @PersistenceContext
    EntityManager em;

    public List<Meeting> page(MeetingFilter filter, ReadScope scope, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Meeting> query = cb.createQuery(Meeting.class);
        Root<Meeting> meeting = query.from(Meeting.class);
        @SuppressWarnings("unchecked")
        Join<Meeting, Forum> forum = (Join<Meeting, Forum>) meeting.<Meeting, Forum>fetch("forum", JoinType.INNER);
        @SuppressWarnings("unchecked")
        Join<Forum, District> district = (Join<Forum, District>) forum.<Forum, District>fetch("district", JoinType.INNER);
        @SuppressWarnings("unchecked")
        Join<District, Country> country = (Join<District, Country>) district.<District, Country>fetch("country", JoinType.INNER);
        query.select(meeting)
                .where(predicates(cb, filter, scope, meeting, forum, country))
                .orderBy(order(cb, page, meeting, forum));
        return em.createQuery(query)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long count(MeetingFilter filter, ReadScope scope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Meeting> meeting = query.from(Meeting.class);
        Join<Meeting, Forum> forum = meeting.join("forum");
        Join<Forum, District> district = forum.join("district");
        Join<District, Country> country = district.join("country");
        query.select(cb.count(meeting)).where(predicates(cb, filter, scope, meeting, forum, country));
        return em.createQuery(query).getSingleResult();
    }

    /** The recorded attendance of each of the given meetings. */
    public Map<Long, AttendanceCount> attendanceOfMeetings(List<Long> meetingIds) {
        Map<Long, AttendanceCount> counts = new HashMap<>();
        if (meetingIds.isEmpty()) {
            return counts;
        }
        em.createQuery("""
                        SELECT a.meeting.id, a.status, COUNT(a) FROM Attendance a
                        WHERE a.meeting.id IN :ids GROUP BY a.meeting.id, a.status""", Object[].class)
                .setParameter("ids", meetingIds)
                .getResultList()
                .forEach(row -> counts.merge((Long) row[0], count((AttendanceStatus) row[1], (Long) row[2]),
                        AttendanceCount::plus));
        return counts;
    }

    /** Each member's attendance at the forum's recorded meetings, by member id. */
    public Map<Long, AttendanceCount> attendanceOfMembers(Forum forum) {
        Map<Long, AttendanceCount> counts = new HashMap<>();
        em.createQuery("""
                        SELECT a.member.id, a.status, COUNT(a) FROM Attendance a
                        WHERE a.meeting.forum = :forum GROUP BY a.member.id, a.status""", Object[].class)
                .setParameter("forum", forum)
                .getResultList()
                .forEach(row -> counts.merge((Long) row[0], count((AttendanceStatus) row[1], (Long) row[2]),
                        AttendanceCount::plus));
        return counts;
    }

    /** The forum's attendance at meetings held from the given day on, all members together. */
    public AttendanceCount attendanceOfForumSince(Forum forum, LocalDate since) {
        return em.createQuery("""
                        SELECT a.status, COUNT(a) FROM Attendance a
                        WHERE a.meeting.forum = :forum AND a.meeting.heldOn >= :since GROUP BY a.status""", Object[].class)
                .setParameter("forum", forum)
                .setParameter("since", since)
                .getResultList().stream()
                .map(row -> count((AttendanceStatus) row[0], (Long) row[1]))
                .reduce(AttendanceCount.NONE, AttendanceCount::plus);
    }

    /** Members seated in the meeting's forum on its day: joined on or before it, not left by then. */
    public List<Member> listedMembers(Meeting meeting) {
        return em.createQuery("""
                        SELECT DISTINCT m FROM Membership ms JOIN ms.member m JOIN FETCH m.actor
                        WHERE ms.forum = :forum AND ms.joinedOn <= :day AND (ms.leftOn IS NULL OR ms.leftOn > :day)
                        ORDER BY m.familyName, m.givenName""", Member.class)
                .setParameter("forum", meeting.getForum())
                .setParameter("day", meeting.getHeldOn())
                .getResultList();
    }

    public boolean isListed(Meeting meeting, Member member) {
        return em.createQuery("""
                        SELECT COUNT(ms) FROM Membership ms
                        WHERE ms.forum = :forum AND ms.member = :member
                        AND ms.joinedOn <= :day AND (ms.leftOn IS NULL OR ms.leftOn > :day)""", Long.class)
                .setParameter("forum", meeting.getForum())
                .setParameter("member", member)
                .setParameter("day", meeting.getHeldOn())
                .getSingleResult() > 0;
    }

    public List<Commitment> commitments(CommitmentFilter filter, ReadScope scope, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Commitment> query = cb.createQuery(Commitment.class);
        Root<Commitment> commitment = query.from(Commitment.class);
        commitment.fetch("member", JoinType.INNER);
        @SuppressWarnings("unchecked")
        Join<Commitment, Meeting> meeting = (Join<Commitment, Meeting>) commitment.<Commitment, Meeting>fetch("meeting", JoinType.INNER);
        @SuppressWarnings("unchecked")
        Join<Meeting, Forum> forum = (Join<Meeting, Forum>) meeting.<Meeting, Forum>fetch("forum", JoinType.INNER);
        @SuppressWarnings("unchecked")
        Join<Forum, District> district = (Join<Forum, District>) forum.<Forum, District>fetch("district", JoinType.INNER);
        @SuppressWarnings("unchecked")
        Join<District, Country> country = (Join<District, Country>) district.<District, Country>fetch("country", JoinType.INNER);
        Path<?> sort = switch (page.sortField() == null ? "dueOn" : page.sortField()) {
            case "status" -> commitment.get("status");
            case "heldOn" -> meeting.get("heldOn");
            default -> commitment.get("dueOn");
        };
        query.select(commitment)
                .where(commitmentPredicates(cb, filter, scope, commitment, meeting, forum, country))
                .orderBy(page.ascending() ? cb.asc(sort) : cb.desc(sort), cb.asc(commitment.get("id")));
        return em.createQuery(query)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long countCommitments(CommitmentFilter filter, ReadScope scope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Commitment> commitment = query.from(Commitment.class);
        Join<Commitment, Meeting> meeting = commitment.join("meeting");
        Join<Meeting, Forum> forum = meeting.join("forum");
        Join<Forum, District> district = forum.join("district");
        Join<District, Country> country = district.join("country");
        query.select(cb.count(commitment))
                .where(commitmentPredicates(cb, filter, scope, commitment, meeting, forum, country));
        return em.createQuery(query).getSingleResult();
    }

    private static AttendanceCount count(AttendanceStatus status, long n) {
        return switch (status) {
            case PRESENT -> new AttendanceCount(n, 0, 0);
            case APOLOGIES -> new AttendanceCount(0, n, 0);
            case ABSENT -> new AttendanceCount(0, 0, n);
        };
    }

    private static Predicate inScope(CriteriaBuilder cb, ReadScope scope, Join<?, Forum> forum,
            Join<District, Country> country) {
        return cb.or(country.get("isoCode").in(scope.countriesOrNone()), forum.get("code").in(scope.forumsOrNone()));
    }

    private static Predicate[] predicates(CriteriaBuilder cb, MeetingFilter filter, ReadScope scope,
            Root<Meeting> meeting, Join<Meeting, Forum> forum, Join<District, Country> country) {
        List<Predicate> where = new ArrayList<>();
        if (!scope.everything()) {
            where.add(inScope(cb, scope, forum, country));
        }
        if (filter.forumId() != null) {
            where.add(cb.equal(forum.get("id"), filter.forumId()));
        }
        if (filter.kind() != null) {
            where.add(cb.equal(meeting.get("kind"), filter.kind()));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(meeting.get("heldOn"), filter.from()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThanOrEqualTo(meeting.get("heldOn"), filter.to()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static Predicate[] commitmentPredicates(CriteriaBuilder cb, CommitmentFilter filter, ReadScope scope,
            Root<Commitment> commitment, Join<Commitment, Meeting> meeting, Join<Meeting, Forum> forum,
            Join<District, Country> country) {
        List<Predicate> where = new ArrayList<>();
        if (!scope.everything()) {
            where.add(inScope(cb, scope, forum, country));
        }
        if (filter.forumId() != null) {
            where.add(cb.equal(forum.get("id"), filter.forumId()));
        }
        if (filter.meetingId() != null) {
            where.add(cb.equal(meeting.get("id"), filter.meetingId()));
        }
        if (filter.status() != null) {
            where.add(cb.equal(commitment.get("status"), filter.status()));
        }
        if (filter.overdueOnly()) {
            where.add(commitment.get("status").in(CommitmentStatus.pending()));
            where.add(cb.lessThan(commitment.get("dueOn"), LocalDate.now()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static List<Order> order(CriteriaBuilder cb, PageRequest page, Root<Meeting> meeting,
            Join<Meeting, Forum> forum) {
        String field = page.sortField() == null ? "heldOn" : page.sortField();
        Path<?> path = switch (field) {
            case "forum" -> forum.get("name");
            case "kind" -> meeting.get("kind");
            case "place" -> meeting.get("place");
            default -> meeting.get("heldOn");
        };
        // Without a sort asked for, the newest meeting comes first.
        boolean ascending = page.sortField() == null ? false : page.ascending();
        return List.of(ascending ? cb.asc(path) : cb.desc(path), cb.desc(meeting.get("id")));
    }
}
