package org.migportal.workshop.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.Forum;
import org.migportal.geography.entity.District;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.Edits;
import org.migportal.platform.control.NotFoundException;
import org.migportal.platform.control.PageRequest;
import org.migportal.platform.control.RuleViolation;
import org.migportal.security.control.AccessGuard;
import org.migportal.security.control.Guarded;
import org.migportal.security.control.Roles;
import org.migportal.workshop.control.WorkshopQueries;
import org.migportal.workshop.entity.Workshop;
import org.migportal.workshop.entity.WorkshopConstraint;

/**
 * Market-mapping workshops: recording them with the constraints their participants identified and
 * the votes for each, and setting up a forum for a picked constraint. Country officers change their
 * countries' workshops, regional managers read them; forum secretaries and donors have no access.
 */
@Stateless
@Guarded
public class Workshops {

    private static final String WORKSHOP = "Workshop";
    private static final String CONSTRAINT = "WorkshopConstraint";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessGuard guard;

    @Inject
    WorkshopQueries queries;

    @Inject
    Forums forums;

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER})
    public List<WorkshopRow> search(@NotNull @Valid WorkshopFilter filter, @NotNull @Valid PageRequest page) {
        List<Workshop> workshops = queries.page(filter, guard.readScope(), page);
        List<Long> ids = workshops.stream().map(Workshop::getId).toList();
        Map<Long, Long> constraints = queries.constraintCounts(ids);
        Map<Long, Long> setUp = queries.forumCounts(ids);
        return workshops.stream()
                .map(w -> new WorkshopRow(w, constraints.getOrDefault(w.getId(), 0L), setUp.getOrDefault(w.getId(), 0L)))
                .toList();
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER})
    public long count(@NotNull @Valid WorkshopFilter filter) {
        return queries.count(filter, guard.readScope());
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER})
    public Workshop get(long id) {
        Workshop workshop = stored(id);
        guard.requireRead(workshop.getCountry(), WORKSHOP, id);
        return workshop;
    }

    /** Whether the caller may change this workshop and its constraints (pages show or hide actions by it). */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER})
    public boolean canEdit(long id) {
        return guard.canWrite(get(id).getCountry());
    }

    /** The workshop's constraints ranked by votes, each with the forum set up for it (two queries). */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER})
    public List<ConstraintRow> constraints(long workshopId) {
        Workshop workshop = get(workshopId);
        List<WorkshopConstraint> constraints = em.createNamedQuery(WorkshopConstraint.OF_WORKSHOP, WorkshopConstraint.class)
                .setParameter("workshop", workshop)
                .getResultList();
        Map<Long, Forum> forumOf = em.createQuery("""
                        SELECT f FROM Forum f JOIN FETCH f.district d JOIN FETCH d.country
                        WHERE f.workshopId = :workshop AND f.workshopConstraintId IS NOT NULL""", Forum.class)
                .setParameter("workshop", workshopId)
                .getResultStream()
                .collect(Collectors.toMap(Forum::getWorkshopConstraintId, Function.identity()));
        List<ConstraintRow> rows = new ArrayList<>();
        int rank = 0;
        Integer previousVotes = null;
        for (int i = 0; i < constraints.size(); i++) {
            WorkshopConstraint constraint = constraints.get(i);
            if (previousVotes == null || constraint.getVotes() != previousVotes) {
                rank = i + 1;
                previousVotes = constraint.getVotes();
            }
            rows.add(new ConstraintRow(constraint, rank, forumOf.get(constraint.getId())));
        }
        return rows;
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER})
    public WorkshopConstraint constraint(long id) {
        WorkshopConstraint constraint = storedConstraint(id);
        guard.requireRead(constraint.getWorkshop().getCountry(), CONSTRAINT, id);
        return constraint;
    }

    /** Where a forum came from, for the forum's page: anyone who may read the forum may read this. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public Optional<ForumOrigin> originOf(long forumId) {
        Forum forum = forums.get(forumId);
        if (forum.getWorkshopConstraintId() == null) {
            return Optional.empty();
        }
        return em.createQuery("""
                        SELECT NEW org.migportal.workshop.boundary.ForumOrigin(w.id, w.heldOn, d.name, w.marketSystem,
                            c.id, c.name, c.votes, w.participantCount)
                        FROM WorkshopConstraint c JOIN c.workshop w JOIN w.district d WHERE c.id = :id""", ForumOrigin.class)
                .setParameter("id", forum.getWorkshopConstraintId())
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Workshop create(@NotNull @Valid Workshop workshop) {
        if (!workshop.isNew()) {
            throw new RuleViolation("error.alreadySaved");
        }
        District district = writableDistrict(workshop.getDistrict(), "new");
        Workshop created = new Workshop(district, workshop.getHeldOn(), workshop.getMarketSystem(),
                workshop.getParticipantCount());
        created.setParticipants(workshop.getParticipants());
        em.persist(created);
        em.flush();
        return created;
    }

    /** Saves an edited workshop; refuses if someone saved it meanwhile. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Workshop update(@NotNull @Valid Workshop edited) {
        Workshop stored = writable(edited.getId());
        writableDistrict(edited.getDistrict(), edited.getId());
        return Edits.save(em, stored, edited, WORKSHOP);
    }

    /**
     * Deletes a workshop with its constraints, unless a forum was set up at it: the forum's origin
     * would be lost, so the refusal names the forums.
     */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public void delete(long id, long version) {
        Workshop workshop = writable(id);
        if (workshop.getVersion() != version) {
            throw new ConflictException(WORKSHOP);
        }
        List<String> setUp = em.createQuery("SELECT f.name FROM Forum f WHERE f.workshopId = :id ORDER BY f.name", String.class)
                .setParameter("id", id)
                .getResultList();
        if (!setUp.isEmpty()) {
            throw new RuleViolation("workshop.delete.forumsSetUp", setUp.size(), String.join(", ", setUp));
        }
        em.createQuery("DELETE FROM WorkshopConstraint c WHERE c.workshop = :workshop")
                .setParameter("workshop", workshop)
                .executeUpdate();
        em.remove(workshop);
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public WorkshopConstraint addConstraint(@NotNull @Valid WorkshopConstraint constraint) {
        if (!constraint.isNew()) {
            throw new RuleViolation("error.alreadySaved");
        }
        Workshop workshop = writable(Optional.ofNullable(constraint.getWorkshop())
                .map(Workshop::getId)
                .orElseThrow(() -> new RuleViolation("workshop.constraint.workshopRequired")));
        WorkshopConstraint created = new WorkshopConstraint(workshop, constraint.getName(), constraint.getChangeArea(),
                constraint.getVotes());
        created.setDescription(constraint.getDescription());
        em.persist(created);
        em.flush();
        return created;
    }

    /** Saves a changed constraint or its votes; it stays with its workshop. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public WorkshopConstraint updateConstraint(@NotNull @Valid WorkshopConstraint edited) {
        WorkshopConstraint stored = writableConstraint(edited.getId());
        if (edited.getWorkshop() == null || !stored.getWorkshop().getId().equals(edited.getWorkshop().getId())) {
            throw new RuleViolation("workshop.constraint.fixedWorkshop");
        }
        edited.setWorkshop(stored.getWorkshop());
        return Edits.save(em, stored, edited, CONSTRAINT);
    }

    /** Records the votes counted for a workshop's constraints, all or none. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public List<ConstraintRow> recordVotes(long workshopId, @NotNull List<@NotNull @Valid Votes> votes) {
        Workshop workshop = writable(workshopId);
        for (Votes counted : votes) {
            WorkshopConstraint constraint = storedConstraint(counted.constraintId());
            if (!constraint.getWorkshop().equals(workshop)) {
                throw new RuleViolation("workshop.constraint.fixedWorkshop");
            }
            if (constraint.getVersion() != counted.version()) {
                throw new ConflictException(CONSTRAINT);
            }
            constraint.setVotes(counted.votes());
        }
        em.flush();
        return constraints(workshopId);
    }

    /** Deletes a constraint, unless a forum was set up for it. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public void deleteConstraint(long id, long version) {
        WorkshopConstraint constraint = writableConstraint(id);
        if (constraint.getVersion() != version) {
            throw new ConflictException(CONSTRAINT);
        }
        forumFor(id).ifPresent(forum -> {
            throw new RuleViolation("workshop.constraint.delete.forumSetUp", constraint.getName(), forum.getName());
        });
        em.remove(constraint);
    }

    /**
     * Sets up a forum for a constraint the workshop picked: the forum is created as any other
     * (proposed, in a district the caller may change) and keeps its workshop and constraint.
     */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public Forum createForum(long constraintId, @NotNull @Valid Forum draft) {
        WorkshopConstraint constraint = writableConstraint(constraintId);
        forumFor(constraintId).ifPresent(forum -> {
            throw new RuleViolation("workshop.constraint.forumExists", constraint.getName(), forum.getName());
        });
        Forum created = forums.create(draft);
        if (!created.getCountry().equals(constraint.getWorkshop().getCountry())) {
            throw new RuleViolation("workshop.forum.otherCountry", constraint.getWorkshop().getCountry().getName());
        }
        created.setUpAt(constraint.getWorkshop().getId(), constraintId);
        em.flush();
        return created;
    }

    private Optional<Forum> forumFor(long constraintId) {
        return em.createQuery("SELECT f FROM Forum f WHERE f.workshopConstraintId = :id", Forum.class)
                .setParameter("id", constraintId)
                .getResultStream()
                .findFirst();
    }

    private Workshop writable(Long id) {
        if (id == null) {
            throw new NotFoundException(WORKSHOP, "new");
        }
        Workshop workshop = stored(id);
        guard.requireRead(workshop.getCountry(), WORKSHOP, id);
        guard.requireWrite(workshop.getCountry(), WORKSHOP, id);
        return workshop;
    }

    private WorkshopConstraint writableConstraint(Long id) {
        if (id == null) {
            throw new NotFoundException(CONSTRAINT, "new");
        }
        WorkshopConstraint constraint = storedConstraint(id);
        guard.requireRead(constraint.getWorkshop().getCountry(), CONSTRAINT, id);
        guard.requireWrite(constraint.getWorkshop().getCountry(), CONSTRAINT, id);
        return constraint;
    }

    private Workshop stored(long id) {
        return Optional.ofNullable(em.find(Workshop.class, id)).orElseThrow(() -> new NotFoundException(WORKSHOP, id));
    }

    private WorkshopConstraint storedConstraint(long id) {
        return Optional.ofNullable(em.find(WorkshopConstraint.class, id))
                .orElseThrow(() -> new NotFoundException(CONSTRAINT, id));
    }

    private District writableDistrict(District given, Object workshopId) {
        District district = Optional.ofNullable(given)
                .map(d -> em.find(District.class, d.getId()))
                .orElseThrow(() -> new RuleViolation("workshop.district.required"));
        guard.requireWrite(district.getCountry(), WORKSHOP, workshopId);
        return district;
    }
}
