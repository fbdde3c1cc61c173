package org.migportal.forum.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migportal.forum.control.ForumQueries;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.geography.entity.District;
import org.migportal.member.entity.Membership;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.Edits;
import org.migportal.platform.control.NotFoundException;
import org.migportal.platform.control.PageRequest;
import org.migportal.platform.control.RuleViolation;
import org.migportal.security.control.AccessGuard;
import org.migportal.security.control.Guarded;
import org.migportal.security.control.Roles;

/** Forums (Market Interest Groups): finding, creating, editing and moving them through their lifecycle. */
@Stateless
@Guarded
public class Forums {

    private static final String FORUM = "Forum";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessGuard guard;

    @Inject
    ForumQueries queries;

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<ForumRow> search(@NotNull @Valid ForumFilter filter, @NotNull @Valid PageRequest page) {
        List<Forum> forums = queries.page(filter, guard.readScope(), page);
        Map<Long, Long> members = queries.currentMemberCounts(forums.stream().map(Forum::getId).toList());
        return forums.stream().map(f -> new ForumRow(f, members.getOrDefault(f.getId(), 0L))).toList();
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public long count(@NotNull @Valid ForumFilter filter) {
        return queries.count(filter, guard.readScope());
    }

    /** Loads a forum the caller may read; another country's forum is refused, not returned. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public Forum get(long id) {
        Forum forum = stored(id);
        guard.requireReadForum(forum.getCode(), forum.getCountry(), id);
        return forum;
    }

    /** Whether the caller may change this forum (pages use it to show or hide actions). */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public boolean canEdit(long id) {
        Forum forum = get(id);
        return !forum.isClosed() && guard.canWrite(forum.getCountry());
    }

    /** The market systems forums in the caller's scope work on, for suggestions and filters. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<String> marketSystems() {
        return queries.marketSystems(guard.readScope());
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<Membership> currentMemberships(long forumId) {
        return em.createNamedQuery(Membership.CURRENT_OF_FORUM, Membership.class)
                .setParameter("forum", get(forumId))
                .getResultList();
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<Membership> allMemberships(long forumId) {
        return em.createNamedQuery(Membership.ALL_OF_FORUM, Membership.class)
                .setParameter("forum", get(forumId))
                .getResultList();
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Forum create(@NotNull @Valid Forum forum) {
        if (!forum.isNew()) {
            throw new RuleViolation("error.alreadySaved");
        }
        District district = writableDistrict(forum.getDistrict(), "new");
        requireUniqueCode(forum.getCode(), null);
        Forum created = new Forum(forum.getCode(), forum.getName(), district, forum.getMarketSystem(),
                forum.getVision(), forum.getChangeArea());
        created.setEstablishedOn(forum.getEstablishedOn());
        created.setMeetingPlace(forum.getMeetingPlace());
        created.setMeetingFrequency(forum.getMeetingFrequency());
        em.persist(created);
        em.flush();
        return created;
    }

    /** Saves an edited forum; refuses if someone saved it meanwhile, or if it is closed. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Forum update(@NotNull @Valid Forum edited) {
        Forum stored = writable(edited.getId());
        writableDistrict(edited.getDistrict(), edited.getId());
        requireUniqueCode(edited.getCode(), edited.getId());
        if (edited.getStatus() != stored.getStatus()) {
            throw new RuleViolation("forum.status.useLifecycle");
        }
        return Edits.save(em, stored, edited, FORUM);
    }

    /** Moves a forum along its lifecycle (activate, re-energise, let lie dormant). */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Forum changeStatus(long id, long version, @NotNull ForumStatus target) {
        Forum forum = writable(id, version);
        forum.moveTo(target, LocalDate.now());
        return forum;
    }

    /** Closes a forum for good, with the lessons learned; it is read-only afterwards. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Forum close(long id, long version, @NotNull String lessonsLearned) {
        if (lessonsLearned.length() > Forum.LESSONS_LENGTH) {
            throw new RuleViolation("forum.lessons.tooLong", Forum.LESSONS_LENGTH);
        }
        Forum forum = writable(id, version);
        forum.close(lessonsLearned, LocalDate.now());
        return forum;
    }

    /** Deletes a forum that never started: proposed and without members. Others are closed instead. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public void delete(long id, long version) {
        Forum forum = writable(id, version);
        if (forum.getStatus() != ForumStatus.PROPOSED) {
            throw new RuleViolation("forum.delete.onlyProposed");
        }
        Long memberships = em.createQuery("SELECT COUNT(ms) FROM Membership ms WHERE ms.forum = :forum", Long.class)
                .setParameter("forum", forum)
                .getSingleResult();
        if (memberships > 0) {
            throw new RuleViolation("forum.delete.hasMembers", memberships);
        }
        em.remove(forum);
    }

    private Forum writable(long id, long version) {
        Forum forum = writable(id);
        if (forum.getVersion() != version) {
            throw new ConflictException(FORUM);
        }
        return forum;
    }

    private Forum writable(Long id) {
        if (id == null) {
            throw new NotFoundException(FORUM, "new");
        }
        Forum forum = stored(id);
        guard.requireReadForum(forum.getCode(), forum.getCountry(), id);
        guard.requireWrite(forum.getCountry(), FORUM, id);
        forum.requireOpen();
        return forum;
    }

    private Forum stored(long id) {
        return Optional.ofNullable(em.find(Forum.class, id)).orElseThrow(() -> new NotFoundException(FORUM, id));
    }

    private District writableDistrict(District given, Object forumId) {
        District district = Optional.ofNullable(given)
                .map(d -> em.find(District.class, d.getId()))
                .orElseThrow(() -> new RuleViolation("forum.district.required"));
        guard.requireWrite(district.getCountry(), FORUM, forumId);
        return district;
    }

    private void requireUniqueCode(String code, Long ownId) {
        em.createNamedQuery(Forum.FIND_BY_CODE, Forum.class)
                .setParameter("code", code)
                .getResultStream()
                .filter(other -> !other.getId().equals(ownId))
                .findFirst()
                .ifPresent(other -> {
                    throw new RuleViolation("forum.code.taken", code);
                });
    }
}
