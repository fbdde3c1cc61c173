package org.migportal.meeting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.migportal.forum.entity.Forum;
import org.migportal.meeting.control.MeetingAccess;
import org.migportal.meeting.control.MeetingQueries;
import org.migportal.meeting.entity.Attendance;
import org.migportal.meeting.entity.AttendanceStatus;
import org.migportal.meeting.entity.Meeting;
import org.migportal.member.entity.Member;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.NotFoundException;
import org.migportal.platform.control.PageRequest;
import org.migportal.platform.control.RuleViolation;
import org.migportal.security.control.AccessGuard;
import org.migportal.security.control.Guarded;
import org.migportal.security.control.Roles;

/**
 * A forum's meetings: finding them, recording one with its minutes (and a reflection's sections),
 * recording who attended in one go, and a forum's figures at a glance. Country officers record in their
 * countries, a forum secretary in their own forum; regional managers read.
 */
@Stateless
@Guarded
public class Meetings {

    private static final String MEETING = "Meeting";
    private static final int RECENT = 5;
    private static final int OVERDUE_SHOWN = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessGuard guard;

    @Inject
    MeetingAccess access;

    @Inject
    MeetingQueries queries;

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<MeetingRow> search(@NotNull @Valid MeetingFilter filter, @NotNull @Valid PageRequest page) {
        return rows(queries.page(filter, guard.readScope(), page));
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public long count(@NotNull @Valid MeetingFilter filter) {
        return queries.count(filter, guard.readScope());
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public Meeting get(long id) {
        Meeting meeting = stored(id);
        access.requireRead(meeting.getForum());
        return meeting;
    }

    /** Whether the caller may record meetings of this forum (pages use it to show or hide actions). */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public boolean canRecord(long forumId) {
        Forum forum = forum(forumId);
        access.requireRead(forum);
        return access.canRecord(forum);
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public Meeting create(@NotNull @Valid Meeting meeting) {
        if (!meeting.isNew()) {
            throw new RuleViolation("error.alreadySaved");
        }
        Forum forum = forum(Optional.ofNullable(meeting.getForum()).map(Forum::getId)
                .orElseThrow(() -> new RuleViolation("meeting.forum.required")));
        access.requireRecord(forum, MEETING, "new");
        Meeting created = new Meeting(forum, meeting.getKind(), meeting.getHeldOn());
        created.takeDetailsFrom(withMembersOf(forum, meeting));
        em.persist(created);
        em.flush();
        return created;
    }

    /**
     * Saves an edited meeting. A new date can change who was seated: attendance of members not seated on
     * the new day goes, and those newly seated are listed as absent until recorded.
     */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public Meeting update(@NotNull @Valid Meeting edited) {
        Meeting stored = recordable(edited.getId());
        if (stored.getVersion() != edited.getVersion()) {
            throw new ConflictException(MEETING);
        }
        if (edited.getForum() == null || !stored.getForum().getId().equals(edited.getForum().getId())) {
            throw new RuleViolation("meeting.forum.fixed");
        }
        boolean moved = !stored.getHeldOn().equals(edited.getHeldOn());
        stored.takeDetailsFrom(withMembersOf(stored.getForum(), edited));
        if (moved) {
            Set<Long> listed = queries.listedMembers(stored).stream().map(Member::getId).collect(Collectors.toSet());
            recorded(stored).values().stream()
                    .filter(row -> !listed.contains(row.getMember().getId()))
                    .forEach(em::remove);
        }
        flush();
        return stored;
    }

    /** What deleting the meeting would take with it, for the page to ask first. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public MeetingContents contents(long id) {
        Meeting meeting = get(id);
        return new MeetingContents(countOf("Attendance", meeting), countOf("Commitment", meeting),
                countOf("Adaptation", meeting));
    }

    /**
     * Deletes a meeting with its attendance, commitments and adaptations. They are the meeting's own
     * record and mean nothing without it, so deleting asks (the page says what goes with it, from
     * {@link #contents(long)}) rather than refusing and making someone delete 35 rows by hand. The rows
     * go first, while the meeting still exists, so that the audit trail finds their country through it.
     */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public void delete(long id, long version) {
        Meeting meeting = recordable(id);
        if (meeting.getVersion() != version) {
            throw new ConflictException(MEETING);
        }
        for (String child : List.of("Attendance", "Commitment", "Adaptation")) {
            em.createQuery("DELETE FROM " + child + " c WHERE c.meeting = :meeting")
                    .setParameter("meeting", meeting)
                    .executeUpdate();
        }
        em.remove(meeting);
        em.flush();
    }

    /**
     * The attendance sheet: every member seated in the forum on the meeting's day (members who joined
     * later or had left are not listed), with the recorded status or absent, and each one's attendance
     * at the forum's recorded meetings.
     */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<AttendanceLine> attendance(long meetingId) {
        Meeting meeting = get(meetingId);
        Map<Long, AttendanceStatus> recorded = recorded(meeting).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().getStatus()));
        Map<Long, AttendanceCount> history = queries.attendanceOfMembers(meeting.getForum());
        return queries.listedMembers(meeting).stream()
                .map(member -> new AttendanceLine(member,
                        recorded.getOrDefault(member.getId(), AttendanceStatus.ABSENT),
                        recorded.containsKey(member.getId()),
                        history.getOrDefault(member.getId(), AttendanceCount.NONE)))
                .toList();
    }

    /**
     * Records the whole sheet in one go: the given statuses, absent for listed members left out. A member
     * not seated on the meeting's day is refused. Made on the meeting's version, which it raises, so that
     * two people recording the same sheet never silently overwrite each other.
     */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public Meeting recordAttendance(long meetingId, long version, @NotNull Map<Long, AttendanceStatus> statuses) {
        Meeting meeting = recordable(meetingId);
        if (meeting.getVersion() != version) {
            throw new ConflictException(MEETING);
        }
        Map<Long, Member> listed = queries.listedMembers(meeting).stream()
                .collect(Collectors.toMap(Member::getId, Function.identity()));
        Set<Long> strangers = new HashSet<>(statuses.keySet());
        strangers.removeAll(listed.keySet());
        if (!strangers.isEmpty()) {
            throw new RuleViolation("attendance.notListed", strangers.size(), meeting.getHeldOn());
        }
        Map<Long, Attendance> rows = new HashMap<>(recorded(meeting));
        for (Member member : listed.values()) {
            AttendanceStatus status = Optional.ofNullable(statuses.get(member.getId())).orElse(AttendanceStatus.ABSENT);
            Attendance row = rows.remove(member.getId());
            if (row == null) {
                em.persist(new Attendance(meeting, member, status));
            } else if (row.getStatus() != status) {
                row.setStatus(status);
            }
        }
        rows.values().forEach(em::remove);
        em.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush();
        return meeting;
    }

    /** Each member's attendance at the forum's recorded meetings, by member id. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public Map<Long, AttendanceCount> memberAttendance(long forumId) {
        Forum forum = forum(forumId);
        access.requireRead(forum);
        return queries.attendanceOfMembers(forum);
    }

    /** The forum page's section: latest meetings, the last twelve months' attendance, overdue commitments. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public ForumMeetingSummary summary(long forumId) {
        Forum forum = forum(forumId);
        access.requireRead(forum);
        LocalDate yearAgo = LocalDate.now().minusYears(1);
        MeetingFilter lastYear = new MeetingFilter(forumId, null, yearAgo, null);
        CommitmentFilter overdue = CommitmentFilter.overdueOfForum(forumId);
        return new ForumMeetingSummary(
                rows(queries.page(MeetingFilter.ofForum(forumId), guard.readScope(), PageRequest.of(0, RECENT))),
                queries.count(lastYear, guard.readScope()),
                queries.attendanceOfForumSince(forum, yearAgo),
                queries.commitments(overdue, guard.readScope(), PageRequest.of(0, OVERDUE_SHOWN)),
                queries.countCommitments(overdue, guard.readScope()));
    }

    /** Flushes now, so that someone else's commit since loading surfaces as a conflict, not as an error page. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException(MEETING);
        }
    }

    private List<MeetingRow> rows(List<Meeting> meetings) {
        Map<Long, AttendanceCount> attendance = queries.attendanceOfMeetings(meetings.stream().map(Meeting::getId).toList());
        return meetings.stream()
                .map(m -> new MeetingRow(m, attendance.getOrDefault(m.getId(), AttendanceCount.NONE)))
                .toList();
    }

    private Map<Long, Attendance> recorded(Meeting meeting) {
        return em.createNamedQuery(Attendance.OF_MEETING, Attendance.class)
                .setParameter("meeting", meeting)
                .getResultStream()
                .collect(Collectors.toMap(row -> row.getMember().getId(), Function.identity()));
    }

    /** The chair and the minute-taker, if named, must be members of the forum (stored ones, not the caller's copies). */
    private Meeting withMembersOf(Forum forum, Meeting meeting) {
        meeting.setChairedBy(memberOf(forum, meeting.getChairedBy()));
        meeting.setMinutesBy(memberOf(forum, meeting.getMinutesBy()));
        return meeting;
    }

    private Member memberOf(Forum forum, Member given) {
        if (given == null || given.getId() == null) {
            return null;
        }
        Long seats = em.createQuery(
                        "SELECT COUNT(ms) FROM Membership ms WHERE ms.forum = :forum AND ms.member.id = :member", Long.class)
                .setParameter("forum", forum)
                .setParameter("member", given.getId())
                .getSingleResult();
        if (seats == 0) {
            throw new RuleViolation("meeting.member.notInForum", forum.getName());
        }
        return em.find(Member.class, given.getId());
    }

    private long countOf(String entity, Meeting meeting) {
        return em.createQuery("SELECT COUNT(c) FROM " + entity + " c WHERE c.meeting = :meeting", Long.class)
                .setParameter("meeting", meeting)
                .getSingleResult();
    }

    private Meeting recordable(Long id) {
        if (id == null) {
            throw new NotFoundException(MEETING, "new");
        }
        Meeting meeting = stored(id);
        access.requireRecord(meeting.getForum(), MEETING, id);
        return meeting;
    }

    private Meeting stored(long id) {
        return Optional.ofNullable(em.find(Meeting.class, id)).orElseThrow(() -> new NotFoundException(MEETING, id));
    }

    private Forum forum(long id) {
        return Optional.ofNullable(em.find(Forum.class, id)).orElseThrow(() -> new NotFoundException("Forum", id));
    }
}
