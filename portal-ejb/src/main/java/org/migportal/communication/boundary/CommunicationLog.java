package org.migportal.communication.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.migportal.communication.control.CommunicationQueries;
import org.migportal.communication.entity.CommunicationEntry;
import org.migportal.forum.entity.Forum;
import org.migportal.member.entity.Member;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.Edits;
import org.migportal.platform.control.NotFoundException;
import org.migportal.platform.control.PageRequest;
import org.migportal.platform.control.RuleViolation;
import org.migportal.security.control.AccessGuard;
import org.migportal.security.control.Guarded;
import org.migportal.security.control.PersonalData;
import org.migportal.security.control.Roles;

/**
 * Forums' communication logs: finding entries and recording, correcting and removing them.
 * Country officers write the logs of their countries' forums; regional managers read their
 * region's, a forum secretary their own forum's. A closed forum's log is read-only.
 */
@Stateless
@Guarded
public class CommunicationLog {

    private static final String ENTRY = "CommunicationEntry";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessGuard guard;

    @Inject
    CommunicationQueries queries;

    @Inject
    PersonalData personalData;

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<CommunicationRow> search(@NotNull @Valid CommunicationFilter filter, @NotNull @Valid PageRequest page) {
        List<CommunicationEntry> entries = queries.page(filter, guard.readScope(), page);
        Map<Long, List<Member>> parties = queries.parties(entries.stream().map(CommunicationEntry::getId).toList());
        return entries.stream().map(e -> new CommunicationRow(e, parties.getOrDefault(e.getId(), List.of()))).toList();
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public long count(@NotNull @Valid CommunicationFilter filter) {
        return queries.count(filter, guard.readScope());
    }

    /** An entry with its parties; another country's (or, for a secretary, another forum's) is refused. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public CommunicationEntry get(long id) {
        CommunicationEntry entry = stored(id);
        Forum forum = entry.getForum();
        guard.requireReadForum(forum.getCode(), forum.getCountry(), id);
        return withParties(entry);
    }

    /** Whether the caller may record entries in this forum's log: their country's, and the forum not closed. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public boolean canWrite(long forumId) {
        Forum forum = storedForum(forumId);
        guard.requireReadForum(forum.getCode(), forum.getCountry(), forumId);
        return !forum.isClosed() && guard.canWrite(forum.getCountry());
    }

    /** Records an entry in an open forum's log; the parties are members of that forum, by id. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public CommunicationEntry create(@NotNull @Valid CommunicationEntry draft, @NotNull Set<Long> partyIds) {
        if (!draft.isNew()) {
            throw new RuleViolation("error.alreadySaved");
        }
        Forum forum = writableForum(Optional.ofNullable(draft.getForum())
                .map(Forum::getId)
                .orElseThrow(() -> new RuleViolation("communication.forum.required")));
        CommunicationEntry created = new CommunicationEntry();
        created.setForum(forum);
        created.takeDetailsFrom(draft);
        created.setParties(partiesOf(forum, partyIds));
        created.requirePartiesFitKind();
        em.persist(created);
        em.flush();
        return withParties(created);
    }

    /** Saves a corrected entry; refuses if someone saved it meanwhile. The entry stays in its forum. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public CommunicationEntry update(@NotNull @Valid CommunicationEntry edited, @NotNull Set<Long> partyIds) {
        CommunicationEntry stored = writable(edited.getId());
        if (edited.getForum() == null || !stored.getForum().getId().equals(edited.getForum().getId())) {
            throw new RuleViolation("communication.forum.fixed");
        }
        if (stored.getVersion() != edited.getVersion()) {
            throw new ConflictException(ENTRY);
        }
        edited.setForum(stored.getForum());
        edited.setParties(partiesOf(stored.getForum(), partyIds));
        edited.requirePartiesFitKind();
        return withParties(Edits.save(em, stored, edited, ENTRY));
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public void delete(long id, long version) {
        CommunicationEntry entry = writable(id);
        if (entry.getVersion() != version) {
            throw new ConflictException(ENTRY);
        }
        em.remove(entry);
    }

    /**
     * The consent rule reaches a returned entity's single references to members, not its collections:
     * the parties are marked here, so that a caller who may not see a member gets no name.
     */
    private CommunicationEntry withParties(CommunicationEntry entry) {
        personalData.withholdWhereNeeded(List.copyOf(entry.getParties()));
        return entry;
    }

    /** The members by id, each of whom has (or had) a seat in the forum. */
    private List<Member> partiesOf(Forum forum, Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Member> members = em.createQuery("""
                        SELECT DISTINCT ms.member FROM Membership ms WHERE ms.forum = :forum AND ms.member.id IN :ids""",
                        Member.class)
                .setParameter("forum", forum)
                .setParameter("ids", ids)
                .getResultList();
        if (members.size() != ids.size()) {
            throw new RuleViolation("communication.parties.notMembers", forum.getName());
        }
        return members;
    }

    private CommunicationEntry writable(Long id) {
        if (id == null) {
            throw new NotFoundException(ENTRY, "new");
        }
        CommunicationEntry entry = stored(id);
        writableForum(entry.getForum().getId());
        return entry;
    }

    private Forum writableForum(long forumId) {
        Forum forum = storedForum(forumId);
        guard.requireReadForum(forum.getCode(), forum.getCountry(), forumId);
        guard.requireWrite(forum.getCountry(), ENTRY, forumId);
        forum.requireOpen();
        return forum;
    }

    private CommunicationEntry stored(long id) {
        return em.createNamedQuery(CommunicationEntry.WITH_PARTIES, CommunicationEntry.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(ENTRY, id));
    }

    private Forum storedForum(long id) {
        return Optional.ofNullable(em.find(Forum.class, id)).orElseThrow(() -> new NotFoundException("Forum", id));
    }
}
