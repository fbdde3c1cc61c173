package org.migportal.member.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.migportal.member.control.MemberQueries;
import org.migportal.member.entity.MarketActor;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Membership;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.Edits;
import org.migportal.platform.control.NotFoundException;
import org.migportal.platform.control.PageRequest;
import org.migportal.platform.control.RuleViolation;
import org.migportal.security.control.AccessGuard;
import org.migportal.security.control.Guarded;
import org.migportal.security.control.PersonalData;
import org.migportal.security.control.Roles;

/** Members: the people who represent market actors in forums. */
@Stateless
@Guarded
public class Members {

    private static final String MEMBER = "Member";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessGuard guard;

    @Inject
    MemberQueries queries;

    @Inject
    PersonalData personalData;

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<Member> search(@NotNull @Valid MemberFilter filter, @NotNull @Valid PageRequest page) {
        return queries.page(filter, guard.readScope(), page);
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public long count(@NotNull @Valid MemberFilter filter) {
        return queries.count(filter, guard.readScope());
    }

    /** Loads a member the caller may read: in their countries, or in their own forum for a secretary. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public Member get(long id) {
        Member member = stored(id);
        if (!guard.canRead(member.getCountry()) && !queries.isInForums(member, guard.readScope().forums())) {
            throw guard.deny("read", MEMBER, id);
        }
        return member;
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public boolean canEdit(long id) {
        Member member = get(id);
        return guard.canWrite(member.getCountry()) && personalData.maySee(member);
    }

    /** The forums the member sits (or sat) in, newest first. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<Membership> memberships(long memberId) {
        return em.createNamedQuery(Membership.ALL_OF_MEMBER, Membership.class)
                .setParameter("member", get(memberId))
                .getResultList();
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Member create(@NotNull @Valid Member member) {
        if (!member.isNew()) {
            throw new RuleViolation("error.alreadySaved");
        }
        member.setActor(writableActor(member.getActor(), "new"));
        em.persist(member);
        em.flush();
        return member;
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Member update(@NotNull @Valid Member edited) {
        Member stored = writable(edited.getId());
        if (!personalData.maySee(stored)) {
            // Editing fields one cannot see would overwrite them blind.
            throw new RuleViolation("member.withheld.readOnly");
        }
        MarketActor actor = writableActor(edited.getActor(), edited.getId());
        if (!actor.getCountry().equals(stored.getCountry())) {
            throw new RuleViolation("member.actor.otherCountry");
        }
        return Edits.save(em, stored, edited, MEMBER);
    }

    /** Deletes a member who never sat in a forum; otherwise their seats must be ended instead. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public void delete(long id, long version) {
        Member member = writable(id);
        if (member.getVersion() != version) {
            throw new ConflictException(MEMBER);
        }
        long seats = em.createQuery("SELECT COUNT(ms) FROM Membership ms WHERE ms.member = :member", Long.class)
                .setParameter("member", member)
                .getSingleResult();
        if (seats > 0) {
            throw new RuleViolation("member.delete.hasMemberships", seats);
        }
        em.remove(member);
    }

    private Member writable(Long id) {
        if (id == null) {
            throw new NotFoundException(MEMBER, "new");
        }
        Member member = stored(id);
        guard.requireRead(member.getCountry(), MEMBER, id);
        guard.requireWrite(member.getCountry(), MEMBER, id);
        return member;
    }

    private Member stored(long id) {
        return Optional.ofNullable(em.find(Member.class, id)).orElseThrow(() -> new NotFoundException(MEMBER, id));
    }

    private MarketActor writableActor(MarketActor given, Object memberId) {
        MarketActor actor = Optional.ofNullable(given)
                .map(a -> em.find(MarketActor.class, a.getId()))
                .orElseThrow(() -> new RuleViolation("member.actor.required"));
        guard.requireWrite(actor.getCountry(), MEMBER, memberId);
        return actor;
    }
}
