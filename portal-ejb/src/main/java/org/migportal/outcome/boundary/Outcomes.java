package org.migportal.outcome.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.migportal.forum.entity.Forum;
import org.migportal.outcome.control.EvidenceCheck;
import org.migportal.outcome.control.EvidenceStore;
import org.migportal.outcome.control.OutcomeQueries;
import org.migportal.outcome.entity.Outcome;
import org.migportal.outcome.entity.OutcomeEvidence;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.NotFoundException;
import org.migportal.platform.control.PageRequest;
import org.migportal.platform.control.RuleViolation;
import org.migportal.security.control.AccessGuard;
import org.migportal.security.control.Guarded;
import org.migportal.security.control.Roles;
import org.migportal.workplan.entity.Action;
import org.migportal.workplan.entity.ActionStatus;

/**
 * What forums achieved: finding outcomes, recording and correcting them, and their evidence files.
 * Country officers record their countries' outcomes; regional managers read their region's, a forum
 * secretary their own forum's. A closed forum's outcomes are read-only. Evidence files are served only
 * through {@link #download(long)}, to those who may read the forum.
 */
@Stateless
@Guarded
public class Outcomes {

    private static final String OUTCOME = "Outcome";
    private static final String EVIDENCE = "OutcomeEvidence";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessGuard guard;

    @Inject
    OutcomeQueries queries;

    @Inject
    EvidenceStore store;

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<OutcomeRow> search(@NotNull @Valid OutcomeFilter filter, @NotNull @Valid PageRequest page) {
        List<Outcome> outcomes = queries.page(filter, guard.readScope(), page);
        Map<Long, Long> files = queries.evidenceCounts(outcomes.stream().map(Outcome::getId).toList());
        return outcomes.stream().map(o -> new OutcomeRow(o, files.getOrDefault(o.getId(), 0L))).toList();
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public long count(@NotNull @Valid OutcomeFilter filter) {
        return queries.count(filter, guard.readScope());
    }

    /** An outcome; another country's (or, for a secretary, another forum's) is refused. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public Outcome get(long id) {
        Outcome outcome = stored(id);
        requireRead(outcome.getForum(), id);
        return outcome;
    }

    /** Whether the caller may record outcomes of this forum: their country's, and the forum not closed. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public boolean canRecord(long forumId) {
        Forum forum = storedForum(forumId);
        requireRead(forum, forumId);
        return !forum.isClosed() && guard.canWrite(forum.getCountry());
    }

    /** The forum's actions an outcome can name as what led to it, done ones first. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<Action> actionChoices(long forumId) {
        Forum forum = storedForum(forumId);
        requireRead(forum, forumId);
        return em.createQuery("""
                        SELECT a FROM Action a WHERE a.forum = :forum
                        ORDER BY CASE WHEN a.status = :done THEN 0 ELSE 1 END, a.title""", Action.class)
                .setParameter("forum", forum)
                .setParameter("done", ActionStatus.DONE)
                .getResultList();
    }

    /** Records an outcome of an open forum with the actions (of that forum, by id) that led to it. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Outcome create(@NotNull @Valid Outcome draft, @NotNull Set<Long> actionIds) {
        if (!draft.isNew()) {
            throw new RuleViolation("error.alreadySaved");
        }
        Forum forum = writableForum(Optional.ofNullable(draft.getForum())
                .map(Forum::getId)
                .orElseThrow(() -> new RuleViolation("outcome.forum.required")));
        Outcome created = new Outcome();
        created.setForum(forum);
        created.takeDetailsFrom(draft);
        created.setActions(actionsOf(forum, actionIds));
        em.persist(created);
        em.flush();
        return created;
    }

    /** Saves a corrected outcome; refuses if someone saved it meanwhile. The outcome stays in its forum. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Outcome update(@NotNull @Valid Outcome edited, @NotNull Set<Long> actionIds) {
        Outcome stored = writable(edited.getId());
        if (edited.getForum() == null || !stored.getForum().getId().equals(edited.getForum().getId())) {
            throw new RuleViolation("outcome.forum.fixed");
        }
        if (stored.getVersion() != edited.getVersion()) {
            throw new ConflictException(OUTCOME);
        }
        stored.takeDetailsFrom(edited);
        List<Action> actions = actionsOf(stored.getForum(), actionIds);
        if (!Set.copyOf(actions).equals(stored.getActions())) {
            stored.setActions(actions);
            // The links are rows of their own: the outcome's version marks that they changed.
            em.lock(stored, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        flush();
        return stored;
    }

    /**
     * Deletes an outcome with its evidence files, which are its own record and mean nothing without it (the
     * page says how many go, and asks first). The files go first, while the outcome still exists, so that
     * the audit trail finds their country through it.
     */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public void delete(long id, long version) {
        Outcome outcome = writable(id);
        if (outcome.getVersion() != version) {
            throw new ConflictException(OUTCOME);
        }
        em.createQuery("DELETE FROM OutcomeEvidence e WHERE e.outcome = :outcome")
                .setParameter("outcome", outcome)
                .executeUpdate();
        em.remove(outcome);
        em.flush();
    }

    /** The outcome's evidence files, described (without their bytes), in the order they were added. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<OutcomeEvidence> evidence(long outcomeId) {
        Outcome outcome = get(outcomeId);
        return em.createNamedQuery(OutcomeEvidence.OF_OUTCOME, OutcomeEvidence.class)
                .setParameter("outcome", outcome)
                .getResultList();
    }

    /**
     * Adds an evidence file: a PDF, PNG or JPEG by its content, at most 10 MB, at most 10 files an outcome.
     * A refused file saves nothing. The outcome is locked meanwhile, so that two uploads at once cannot both
     * take the last place.
     */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public OutcomeEvidence addEvidence(long outcomeId, @NotNull String fileName, @NotNull byte[] content) {
        Outcome outcome = writable(outcomeId);
        String name = EvidenceCheck.safeName(fileName);
        EvidenceCheck.Kind kind = EvidenceCheck.kindOf(name, content);
        em.lock(outcome, LockModeType.PESSIMISTIC_WRITE);
        long files = em.createNamedQuery(OutcomeEvidence.COUNT_OF_OUTCOME, Long.class)
                .setParameter("outcome", outcome)
                .getSingleResult();
        if (files >= EvidenceCheck.MAX_FILES) {
            throw new RuleViolation("evidence.tooMany", EvidenceCheck.MAX_FILES);
        }
        OutcomeEvidence evidence = new OutcomeEvidence(outcome, name, kind.contentType(), content.length,
                EvidenceCheck.sha256(content), guard.caller().username(), LocalDateTime.now());
        em.persist(evidence);
        em.flush();
        store.write(evidence, content);
        return evidence;
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public void removeEvidence(long evidenceId) {
        OutcomeEvidence evidence = storedEvidence(evidenceId);
        writable(evidence.getOutcome().getId());
        em.remove(evidence);
        em.flush();
    }

    /**
     * An evidence file's bytes with its stored name and type, for those who may read the outcome's forum.
     * Donors never (they see published reports only).
     */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public EvidenceFile download(long evidenceId) {
        OutcomeEvidence evidence = storedEvidence(evidenceId);
        requireRead(evidence.getOutcome().getForum(), evidenceId);
        return new EvidenceFile(evidence.getFileName(), evidence.getContentType(), evidence.getSha256(),
                store.read(evidence));
    }

    /** The actions by id, each of the forum. */
    private List<Action> actionsOf(Forum forum, Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Action> actions = em.createQuery("SELECT a FROM Action a WHERE a.forum = :forum AND a.id IN :ids", Action.class)
                .setParameter("forum", forum)
                .setParameter("ids", ids)
                .getResultList();
        if (actions.size() != ids.size()) {
            throw new RuleViolation("outcome.actions.notOfForum", forum.getName());
        }
        return actions;
    }

    /** Flushes now, so that someone else's commit since loading surfaces as a conflict, not as an error page. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException(OUTCOME);
        }
    }

    private void requireRead(Forum forum, Object id) {
        guard.requireReadForum(forum.getCode(), forum.getCountry(), id);
    }

    private Outcome writable(Long id) {
        if (id == null) {
            throw new NotFoundException(OUTCOME, "new");
        }
        Outcome outcome = stored(id);
        writableForum(outcome.getForum().getId());
        return outcome;
    }

    private Forum writableForum(long forumId) {
        Forum forum = storedForum(forumId);
        requireRead(forum, forumId);
        guard.requireWrite(forum.getCountry(), OUTCOME, forumId);
        forum.requireOpen();
        return forum;
    }

    private Outcome stored(long id) {
        return em.createNamedQuery(Outcome.WITH_ACTIONS, Outcome.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(OUTCOME, id));
    }

    private OutcomeEvidence storedEvidence(long id) {
        return Optional.ofNullable(em.find(OutcomeEvidence.class, id))
                .orElseThrow(() -> new NotFoundException(EVIDENCE, id));
    }

    private Forum storedForum(long id) {
        return Optional.ofNullable(em.find(Forum.class, id)).orElseThrow(() -> new NotFoundException("Forum", id));
    }
}
