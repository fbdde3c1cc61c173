package org.migportal.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.migportal.security.control.AccessGuard;
import org.migportal.security.control.Guarded;
import org.migportal.security.control.Caller;
import org.migportal.security.control.ReadScope;

/** Who the caller is and what their scope covers, for the page header and navigation. */
@Stateless
@Guarded
public class CurrentCaller {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessGuard guard;

    @PermitAll
    public Caller caller() {
        return guard.caller();
    }

    /** Names of the countries the caller reads (empty for "all countries"), e.g. "Kenya, Sudan". */
    @PermitAll
    public List<String> countryNames() {
        ReadScope scope = guard.readScope();
        if (scope.everything() || scope.countries().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c.name FROM Country c WHERE c.isoCode IN :codes ORDER BY c.name", String.class)
                .setParameter("codes", scope.countries())
                .getResultList();
    }

    /** Names of the caller's regions, e.g. "East Africa". */
    @PermitAll
    public List<String> regionNames() {
        var regions = guard.caller().regions();
        if (regions.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r.name FROM Region r WHERE r.code IN :codes ORDER BY r.name", String.class)
                .setParameter("codes", regions)
                .getResultList();
    }

    /** Names of the countries named in the caller's token, e.g. a donor's funded countries. */
    @PermitAll
    public List<String> tokenCountryNames() {
        var countries = guard.caller().countries();
        if (countries.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c.name FROM Country c WHERE c.isoCode IN :codes ORDER BY c.name", String.class)
                .setParameter("codes", countries)
                .getResultList();
    }

    /** Names of the forums a forum secretary keeps the records of. */
    @PermitAll
    public List<String> forumNames() {
        ReadScope scope = guard.readScope();
        if (scope.forums().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT f.name FROM Forum f WHERE f.code IN :codes ORDER BY f.name", String.class)
                .setParameter("codes", scope.forums())
                .getResultList();
    }
}
