package org.migportal.member.boundary;

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
import org.migportal.geography.entity.Country;
import org.migportal.geography.entity.District;
import org.migportal.member.control.ActorQueries;
import org.migportal.member.entity.MarketActor;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.Edits;
import org.migportal.platform.control.NotFoundException;
import org.migportal.platform.control.PageRequest;
import org.migportal.platform.control.RuleViolation;
import org.migportal.security.control.AccessGuard;
import org.migportal.security.control.Guarded;
import org.migportal.security.control.Roles;

/** Market actors: the organisations and enterprises whose representatives sit in forums. */
@Stateless
@Guarded
public class MarketActors {

    private static final String ACTOR = "MarketActor";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessGuard guard;

    @Inject
    ActorQueries queries;

    /** Forum secretaries see actors only through their forum's members, so they are not listed here. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER})
    public List<ActorRow> search(@NotNull @Valid ActorFilter filter, @NotNull @Valid PageRequest page) {
        List<MarketActor> actors = queries.page(filter, guard.readScope(), page);
        Map<Long, Long> members = queries.memberCounts(actors.stream().map(MarketActor::getId).toList());
        return actors.stream().map(a -> new ActorRow(a, members.getOrDefault(a.getId(), 0L))).toList();
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER})
    public long count(@NotNull @Valid ActorFilter filter) {
        return queries.count(filter, guard.readScope());
    }

    /** Up to {@code limit} actors of a country whose name contains the text, for pickers. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public List<MarketActor> suggest(@NotNull String countryIso, String text, int limit) {
        return queries.page(new ActorFilter(countryIso, null, text), guard.readScope(),
                PageRequest.of(0, Math.max(1, Math.min(limit, 50)))).stream()
                .filter(actor -> guard.canWrite(actor.getCountry()))
                .toList();
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER})
    public MarketActor get(long id) {
        MarketActor actor = stored(id);
        guard.requireRead(actor.getCountry(), ACTOR, id);
        return actor;
    }

    /** Whether the caller may change this actor (pages use it to show or hide actions). */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER})
    public boolean canEdit(long id) {
        return guard.canWrite(get(id).getCountry());
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public MarketActor create(@NotNull @Valid MarketActor actor) {
        if (!actor.isNew()) {
            throw new RuleViolation("error.alreadySaved");
        }
        Country country = writableCountry(actor.getCountry(), "new");
        requireDistrictIn(actor.getDistrict(), country);
        requireUniqueName(country, actor.getName(), null);
        actor.setCountry(country);
        em.persist(actor);
        em.flush();
        return actor;
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public MarketActor update(@NotNull @Valid MarketActor edited) {
        MarketActor stored = writable(edited.getId());
        if (!stored.getCountry().equals(edited.getCountry())) {
            throw new RuleViolation("actor.country.fixed");
        }
        requireDistrictIn(edited.getDistrict(), stored.getCountry());
        requireUniqueName(stored.getCountry(), edited.getName(), stored.getId());
        return Edits.save(em, stored, edited, ACTOR);
    }

    /** Deletes an actor nobody represents; otherwise explains why not. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public void delete(long id, long version) {
        MarketActor actor = writable(id);
        if (actor.getVersion() != version) {
            throw new ConflictException(ACTOR);
        }
        long members = queries.memberCounts(List.of(id)).getOrDefault(id, 0L);
        if (members > 0) {
            throw new RuleViolation("actor.delete.hasMembers", members);
        }
        em.remove(actor);
    }

    private MarketActor writable(Long id) {
        if (id == null) {
            throw new NotFoundException(ACTOR, "new");
        }
        MarketActor actor = stored(id);
        guard.requireRead(actor.getCountry(), ACTOR, id);
        guard.requireWrite(actor.getCountry(), ACTOR, id);
        return actor;
    }

    private MarketActor stored(long id) {
        return Optional.ofNullable(em.find(MarketActor.class, id)).orElseThrow(() -> new NotFoundException(ACTOR, id));
    }

    private Country writableCountry(Country given, Object id) {
        Country country = Optional.ofNullable(given)
                .map(c -> em.find(Country.class, c.getId()))
                .orElseThrow(() -> new RuleViolation("actor.country.required"));
        guard.requireWrite(country, ACTOR, id);
        return country;
    }

    private void requireDistrictIn(District district, Country country) {
        if (district != null && !em.find(District.class, district.getId()).getCountry().equals(country)) {
            throw new RuleViolation("actor.district.otherCountry");
        }
    }

    private void requireUniqueName(Country country, String name, Long ownId) {
        boolean taken = em.createQuery("""
                        SELECT COUNT(a) FROM MarketActor a
                        WHERE a.country = :country AND LOWER(a.name) = :name AND a.id <> :id""", Long.class)
                .setParameter("country", country)
                .setParameter("name", name.strip().toLowerCase())
                .setParameter("id", ownId == null ? -1L : ownId)
                .getSingleResult() > 0;
        if (taken) {
            throw new RuleViolation("actor.name.taken", name);
        }
    }
}
