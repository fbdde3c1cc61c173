package org.migportal.support.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.migportal.forum.entity.Forum;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.NotFoundException;
import org.migportal.platform.control.RuleViolation;
import org.migportal.security.control.AccessGuard;
import org.migportal.security.control.Guarded;
import org.migportal.security.control.Roles;
import org.migportal.support.control.Quarter;
import org.migportal.support.control.SupportFigures;
import org.migportal.support.entity.Support;

/**
 * Support a programme gave forums, beside what the members put in themselves, so that a forum's dependency
 * shows. Country officers record their countries' support; regional managers read their region's, a forum
 * secretary their own forum's. A closed forum's support is read-only.
 */
@Stateless
@Guarded
public class ProgrammeSupport {

    private static final String SUPPORT = "Support";

    /** How far back the self-financing share looks unless asked otherwise: two years. */
    static final int DEFAULT_QUARTERS = 8;

    /** The longest run of quarters one call sums: ten years. */
    static final int MAX_QUARTERS = 40;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessGuard guard;

    @Inject
    SupportFigures figures;

    /** The forum's support, latest start first. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<Support> ofForum(long forumId) {
        Forum forum = readableForum(forumId);
        return em.createNamedQuery(Support.OF_FORUM, Support.class)
                .setParameter("forum", forum)
                .getResultList();
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public Support get(long id) {
        Support support = stored(id);
        readableForum(support.getForum().getId());
        return support;
    }

    /** Whether the caller may record this forum's support: their country's, and the forum not closed. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public boolean canRecord(long forumId) {
        Forum forum = readableForum(forumId);
        return !forum.isClosed() && guard.canWrite(forum.getCountry());
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Support create(@NotNull @Valid Support draft) {
        if (!draft.isNew()) {
            throw new RuleViolation("error.alreadySaved");
        }
        Forum forum = writableForum(Optional.ofNullable(draft.getForum())
                .map(Forum::getId)
                .orElseThrow(() -> new RuleViolation("support.forum.required")));
        Support created = new Support();
        created.setForum(forum);
        created.takeDetailsFrom(draft);
        em.persist(created);
        em.flush();
        return created;
    }

    /** Saves corrected support; refuses if someone saved it meanwhile. Support stays with its forum. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Support update(@NotNull @Valid Support edited) {
        Support stored = writable(edited.getId());
        if (edited.getForum() == null || !stored.getForum().getId().equals(edited.getForum().getId())) {
            throw new RuleViolation("support.forum.fixed");
        }
        if (stored.getVersion() != edited.getVersion()) {
            throw new ConflictException(SUPPORT);
        }
        stored.takeDetailsFrom(edited);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException(SUPPORT);
        }
        return stored;
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public void delete(long id, long version) {
        Support support = writable(id);
        if (support.getVersion() != version) {
            throw new ConflictException(SUPPORT);
        }
        em.remove(support);
        em.flush();
    }

    /** What the forum's members put in of their own, from their seats and the actions they pay for. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public OwnContributions ownContributions(long forumId) {
        Forum forum = readableForum(forumId);
        return figures.ownContributions(forumId, forum.getCountry().getCurrencyCode());
    }

    /**
     * The forum's self-financing share per quarter, from the quarter holding {@code from} to the one holding
     * {@code to}; without them the last eight quarters up to the current one. In the currency of the forum's
     * country.
     */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public SelfFinancing selfFinancing(long forumId, LocalDate from, LocalDate to) {
        Forum forum = readableForum(forumId);
        Quarter last = Quarter.of(to != null ? to : LocalDate.now());
        Quarter first = from != null ? Quarter.of(from) : last.minus(DEFAULT_QUARTERS - 1);
        if (first.compareTo(last) > 0) {
            throw new RuleViolation("support.period.order");
        }
        if (first.compareTo(last.minus(MAX_QUARTERS - 1)) < 0) {
            throw new RuleViolation("support.period.tooLong", MAX_QUARTERS);
        }
        return figures.selfFinancing(forumId, forum.getCountry().getCurrencyCode(), first, last);
    }

    private Support writable(Long id) {
        if (id == null) {
            throw new NotFoundException(SUPPORT, "new");
        }
        Support support = stored(id);
        writableForum(support.getForum().getId());
        return support;
    }

    private Forum readableForum(long forumId) {
        Forum forum = storedForum(forumId);
        guard.requireReadForum(forum.getCode(), forum.getCountry(), forumId);
        return forum;
    }

    private Forum writableForum(long forumId) {
        Forum forum = readableForum(forumId);
        guard.requireWrite(forum.getCountry(), SUPPORT, forumId);
        forum.requireOpen();
        return forum;
    }

    private Support stored(long id) {
        return Optional.ofNullable(em.find(Support.class, id)).orElseThrow(() -> new NotFoundException(SUPPORT, id));
    }

    private Forum storedForum(long id) {
        return Optional.ofNullable(em.find(Forum.class, id)).orElseThrow(() -> new NotFoundException("Forum", id));
    }
}
