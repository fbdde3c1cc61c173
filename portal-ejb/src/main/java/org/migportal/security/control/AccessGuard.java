package org.migportal.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.migportal.geography.entity.Country;
import org.migportal.member.entity.Member;
import org.migportal.platform.entity.CountryOwned;

/**
 * The one place that decides what the caller may read and change. Every boundary asks it before
 * it returns or changes anything, and builds its list queries from {@link #readScope()}; a
 * refusal is logged with who, what and which record, and answered with
 * {@link AccessDeniedException}.
 *
 * <ul>
 * <li>programme-admin: reads and changes everything;</li>
 * <li>regional-manager: reads the countries of their regions;</li>
 * <li>country-officer: reads and changes their countries;</li>
 * <li>forum-secretary: reads their forums;</li>
 * <li>donor: nothing here (only published, aggregated reports).</li>
 * </ul>
 */
@RequestScoped
public class AccessGuard {

    private static final Logger LOG = Logger.getLogger(AccessGuard.class.getName());

    @Inject
    CallerClaims claims;

    @Inject
    SecurityContext securityContext;

    @PersistenceContext
    EntityManager em;

    private Caller caller;
    private ReadScope readScope;

    public Caller caller() {
        Principal principal = securityContext.getCallerPrincipal();
        String username = principal == null ? "anonymous" : principal.getName();
        // Computed once per request, again only if the request's caller changed (a re-login).
        if (caller == null || !caller.username().equals(username)) {
            readScope = null;
            Set<String> roles = new HashSet<>(claims.values("groups"));
            roles.retainAll(Set.of(Roles.ALL));
            caller = new Caller(username, claims.displayName(), roles,
                    Set.copyOf(claims.values("countries")), Set.copyOf(claims.values("regions")),
                    Set.copyOf(claims.values("forums")));
        }
        return caller;
    }

    public ReadScope readScope() {
        Caller who = caller();
        if (readScope == null) {
            Set<String> countries = new HashSet<>();
            Set<String> forums = new HashSet<>();
            if (who.hasRole(Roles.COUNTRY_OFFICER)) {
                countries.addAll(who.countries());
            }
            if (who.hasRole(Roles.REGIONAL_MANAGER) && !who.regions().isEmpty()) {
                countries.addAll(em.createQuery(
                                "SELECT c.isoCode FROM Country c WHERE c.region.code IN :regions", String.class)
                        .setParameter("regions", who.regions())
                        .getResultList());
            }
            if (who.hasRole(Roles.FORUM_SECRETARY)) {
                forums.addAll(who.forums());
            }
            Set<String> personalData = who.hasRole(Roles.COUNTRY_OFFICER) ? who.countries() : Set.of();
            readScope = new ReadScope(who.isAdmin(), countries, forums, personalData);
        }
        return readScope;
    }

    /** Countries the caller may change records in; all of them for an admin. */
    public Set<String> writableCountries() {
        Caller who = caller();
        if (who.isAdmin()) {
            return Set.copyOf(em.createQuery("SELECT c.isoCode FROM Country c", String.class).getResultList());
        }
        return who.hasRole(Roles.COUNTRY_OFFICER) ? who.countries() : Set.of();
    }

    public boolean canRead(Country country) {
        ReadScope scope = readScope();
        return scope.everything() || scope.countries().contains(country.getIsoCode());
    }

    public boolean canReadForum(String forumCode, Country country) {
        return canRead(country) || readScope().forums().contains(forumCode);
    }

    public boolean canWrite(Country country) {
        Caller who = caller();
        return who.isAdmin() || (who.hasRole(Roles.COUNTRY_OFFICER) && who.countries().contains(country.getIsoCode()));
    }

    public void requireRead(Country country, String what, Object id) {
        if (!canRead(country)) {
            throw deny("read", what, id);
        }
    }

    public void requireReadForum(String forumCode, Country country, Object id) {
        if (!canReadForum(forumCode, country)) {
            throw deny("read", "Forum", id);
        }
    }

    public void requireWrite(Country country, String what, Object id) {
        if (!canWrite(country)) {
            throw deny("change", what, id);
        }
    }

    /** Refuses outright, for an operation the caller's role never allows on this record. */
    public AccessDeniedException deny(String operation, String what, Object id) {
        Caller who = caller();
        LOG.warning(() -> "Access denied: user=" + who.username() + " roles=" + who.roles()
                + " operation=" + operation + " target=" + what + "#" + id);
        return new AccessDeniedException();
    }

    /**
     * Refuses a result that holds any record outside the caller's read scope: an entity, the
     * entities in a collection, or those in a record's components (list rows).
     */
    public void requireReadable(Object result, String operation) {
        List<CountryOwned> owned = new ArrayList<>();
        collect(result, owned, 0);
        if (owned.isEmpty() || readScope().everything()) {
            return;
        }
        Set<Long> membersToCheck = new HashSet<>();
        for (CountryOwned record : owned) {
            if (canRead(record.owningCountry())
                    || (record.owningForumCode() != null && readScope().forums().contains(record.owningForumCode()))) {
                continue;
            }
            if (record instanceof Member member && !readScope().forums().isEmpty()) {
                membersToCheck.add(member.getId());
                continue;
            }
            throw deny("receive", operation, record.getClass().getSimpleName());
        }
        if (!membersToCheck.isEmpty()) {
            List<Long> seated = em.createQuery("""
                            SELECT DISTINCT ms.member.id FROM Membership ms
                            WHERE ms.member.id IN :ids AND ms.forum.code IN :forums""", Long.class)
                    .setParameter("ids", membersToCheck)
                    .setParameter("forums", readScope().forums())
                    .getResultList();
            if (!seated.containsAll(membersToCheck)) {
                throw deny("receive", operation, "Member");
            }
        }
    }

    private static void collect(Object value, List<CountryOwned> into, int depth) {
        if (value == null || depth > 2) {
            return;
        }
        if (value instanceof CountryOwned owned) {
            into.add(owned);
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(item -> collect(item, into, depth + 1));
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(item -> collect(item, into, depth + 1));
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    collect(component.getAccessor().invoke(record), into, depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + component, e);
                }
            }
        }
    }
}
