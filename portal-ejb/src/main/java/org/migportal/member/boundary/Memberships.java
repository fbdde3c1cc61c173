package org.migportal.member.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.migportal.forum.entity.Forum;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Membership;
import org.migportal.member.entity.MembershipRole;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.Edits;
import org.migportal.platform.control.NotFoundException;
import org.migportal.platform.control.RuleViolation;
import org.migportal.security.control.AccessGuard;
import org.migportal.security.control.Guarded;
import org.migportal.security.control.Roles;

/**
 * Seats in forums: adding a member to a forum with a role, changing the role or the member's own
 * contributions, and ending the seat (kept as history).
 */
@Stateless
@Guarded
public class Memberships {

    private static final String MEMBERSHIP = "Membership";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessGuard guard;

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public Membership get(long id) {
        Membership membership = stored(id);
        Forum forum = membership.getForum();
        guard.requireReadForum(forum.getCode(), forum.getCountry(), id);
        return membership;
    }

    /** Gives a member a seat in a forum of the same country. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Membership add(@NotNull @Valid Membership membership) {
        if (!membership.isNew()) {
            throw new RuleViolation("error.alreadySaved");
        }
        Forum forum = writableForum(membership.getForum());
        Member member = Optional.ofNullable(membership.getMember())
                .map(m -> em.find(Member.class, m.getId()))
                .orElseThrow(() -> new RuleViolation("membership.member.required"));
        guard.requireWrite(member.getCountry(), MEMBERSHIP, "new");
        if (!member.getCountry().equals(forum.getCountry())) {
            throw new RuleViolation("membership.otherCountry", member.getFullName(), forum.getName());
        }
        boolean seated = !em.createNamedQuery(Membership.CURRENT_OF_MEMBER_IN_FORUM, Membership.class)
                .setParameter("forum", forum)
                .setParameter("member", member)
                .getResultList().isEmpty();
        if (seated) {
            throw new RuleViolation("membership.duplicate", member.getFullName(), forum.getName());
        }
        requireRoleFree(forum, membership.getRole(), null);
        Membership created = new Membership(forum, member, membership.getRole(), membership.getSelection(),
                membership.getJoinedOn());
        created.takeContributionsFrom(membership);
        em.persist(created);
        em.flush();
        return created;
    }

    /** Saves a changed role, selection, join date or contributions. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Membership update(@NotNull @Valid Membership edited) {
        Membership stored = writable(edited.getId());
        if (!stored.getForum().equals(edited.getForum()) || !stored.getMember().equals(edited.getMember())) {
            throw new RuleViolation("membership.fixedParties");
        }
        if (stored.getLeftOn() != null) {
            throw new RuleViolation("membership.ended");
        }
        requireRoleFree(stored.getForum(), edited.getRole(), stored.getId());
        return Edits.save(em, stored, edited, MEMBERSHIP);
    }

    /** Ends a seat on the given day; the row stays as the forum's history. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Membership end(long id, long version, @NotNull LocalDate leftOn) {
        Membership membership = writable(id);
        if (membership.getVersion() != version) {
            throw new ConflictException(MEMBERSHIP);
        }
        if (!membership.isCurrent()) {
            throw new RuleViolation("membership.ended");
        }
        if (leftOn.isBefore(membership.getJoinedOn())) {
            throw new RuleViolation("membership.leftBeforeJoined");
        }
        if (leftOn.isAfter(LocalDate.now())) {
            throw new RuleViolation("membership.leftInFuture");
        }
        membership.leave(leftOn);
        return membership;
    }

    private Membership writable(Long id) {
        if (id == null) {
            throw new NotFoundException(MEMBERSHIP, "new");
        }
        Membership membership = stored(id);
        writableForum(membership.getForum());
        return membership;
    }

    private Membership stored(long id) {
        return Optional.ofNullable(em.find(Membership.class, id))
                .orElseThrow(() -> new NotFoundException(MEMBERSHIP, id));
    }

    private Forum writableForum(Forum given) {
        Forum forum = Optional.ofNullable(given)
                .map(f -> em.find(Forum.class, f.getId()))
                .orElseThrow(() -> new RuleViolation("membership.forum.required"));
        guard.requireReadForum(forum.getCode(), forum.getCountry(), forum.getId());
        guard.requireWrite(forum.getCountry(), MEMBERSHIP, forum.getId());
        forum.requireOpen();
        return forum;
    }

    /** One chairperson and one coordinator at a time; the index enforces it, this explains it. */
    private void requireRoleFree(Forum forum, MembershipRole role, Long ownId) {
        if (role != MembershipRole.CHAIR && role != MembershipRole.COORDINATOR) {
            return;
        }
        em.createQuery("""
                        SELECT ms FROM Membership ms JOIN FETCH ms.member
                        WHERE ms.forum = :forum AND ms.role = :role AND ms.leftOn IS NULL AND ms.id <> :id""",
                        Membership.class)
                .setParameter("forum", forum)
                .setParameter("role", role)
                .setParameter("id", ownId == null ? -1L : ownId)
                .getResultStream()
                .findFirst()
                .ifPresent(holder -> {
                    throw new RuleViolation("membership.roleTaken", role, holder.getMember().getFullName());
                });
    }
}
