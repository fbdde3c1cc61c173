package org.migportal.meeting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.migportal.meeting.control.MeetingAccess;
import org.migportal.meeting.control.MeetingQueries;
import org.migportal.meeting.entity.Commitment;
import org.migportal.meeting.entity.CommitmentStatus;
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
 * Commitments members made at a meeting, and later what became of them. Recorded by whoever may
 * record the forum's meetings.
 */
@Stateless
@Guarded
public class Commitments {

    private static final String COMMITMENT = "Commitment";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessGuard guard;

    @Inject
    MeetingAccess access;

    @Inject
    MeetingQueries queries;

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<Commitment> search(@NotNull @Valid CommitmentFilter filter, @NotNull @Valid PageRequest page) {
        return queries.commitments(filter, guard.readScope(), page);
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public long count(@NotNull @Valid CommitmentFilter filter) {
        return queries.countCommitments(filter, guard.readScope());
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<Commitment> ofMeeting(long meetingId) {
        Meeting meeting = meeting(meetingId);
        access.requireRead(meeting.getForum());
        return em.createQuery("""
                        SELECT c FROM Commitment c JOIN FETCH c.member WHERE c.meeting = :meeting
                        ORDER BY c.dueOn, c.id""", Commitment.class)
                .setParameter("meeting", meeting)
                .getResultList();
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public Commitment get(long id) {
        Commitment commitment = stored(id);
        access.requireRead(commitment.getMeeting().getForum());
        return commitment;
    }

    /** A member seated in the forum on the meeting's day promises something by a date on or after it. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public Commitment add(long meetingId, long memberId,
            @NotNull @Size(min = 1, max = Commitment.DESCRIPTION_LENGTH) String description, @NotNull LocalDate dueOn) {
        Meeting meeting = meeting(meetingId);
        access.requireRecord(meeting.getForum(), COMMITMENT, "new");
        Member member = Optional.ofNullable(em.find(Member.class, memberId))
                .orElseThrow(() -> new NotFoundException("Member", memberId));
        if (!queries.isListed(meeting, member)) {
            throw new RuleViolation("commitment.member.notListed", member.getFullName(), meeting.getHeldOn());
        }
        if (description.isBlank()) {
            throw new RuleViolation("commitment.description.required");
        }
        if (dueOn.isBefore(meeting.getHeldOn())) {
            throw new RuleViolation("commitment.due.beforeMeeting");
        }
        Commitment commitment = new Commitment(meeting, member, description.strip(), dueOn);
        em.persist(commitment);
        em.flush();
        return commitment;
    }

    /** Kept, renegotiated (with the new date), communicated as not possible, broken, or open again. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public Commitment changeStatus(long id, long version, @NotNull CommitmentStatus status, LocalDate newDueOn,
            @Size(max = Commitment.NOTE_LENGTH) String note) {
        Commitment commitment = writable(id, version);
        commitment.changeStatus(status, newDueOn, note, LocalDate.now());
        em.flush();
        return commitment;
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public void delete(long id, long version) {
        em.remove(writable(id, version));
    }

    private Commitment writable(long id, long version) {
        Commitment commitment = stored(id);
        access.requireRecord(commitment.getMeeting().getForum(), COMMITMENT, id);
        if (commitment.getVersion() != version) {
            throw new ConflictException(COMMITMENT);
        }
        return commitment;
    }

    private Commitment stored(long id) {
        return Optional.ofNullable(em.find(Commitment.class, id)).orElseThrow(() -> new NotFoundException(COMMITMENT, id));
    }

    private Meeting meeting(long id) {
        return Optional.ofNullable(em.find(Meeting.class, id)).orElseThrow(() -> new NotFoundException("Meeting", id));
    }
}
