package org.migportal.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.migportal.audit.control.AuditDetails;
import org.migportal.audit.entity.AuditEntry;
import org.migportal.platform.control.PageRequest;
import org.migportal.security.control.AccessGuard;
import org.migportal.security.control.Guarded;
import org.migportal.security.control.Roles;

/**
 * The audit trail of who changed what and when. Admins read all of it; country officers the
 * changes to their countries' records.
 */
@Stateless
@Guarded
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessGuard guard;

    @Inject
    AuditDetails details;

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public List<AuditEntry> search(@NotNull @Valid AuditFilter filter, @NotNull @Valid PageRequest page) {
        // Newest first unless the caller sorts by time explicitly.
        boolean oldestFirst = "at".equals(page.sortField()) && page.ascending();
        return details.complete(query("SELECT a FROM AuditEntry a", filter,
                oldestFirst ? " ORDER BY a.at ASC, a.id" : " ORDER BY a.at DESC, a.id", AuditEntry.class)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList());
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public long count(@NotNull @Valid AuditFilter filter) {
        return query("SELECT COUNT(a) FROM AuditEntry a", filter, "", Long.class).getSingleResult();
    }

    /** The kinds of record the trail holds, for the filter. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public List<String> recordTypes() {
        return em.createQuery("SELECT DISTINCT a.recordType FROM AuditEntry a ORDER BY a.recordType", String.class)
                .getResultList();
    }

    private <T> TypedQuery<T> query(String select, AuditFilter filter, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!guard.readScope().everything()) {
            Set<String> countries = guard.writableCountries();
            where.add("a.countryId IN (SELECT c.id FROM Country c WHERE c.isoCode IN :scope)");
            parameters.put("scope", countries.isEmpty() ? Set.of("--") : countries);
        }
        if (filter.countryIso() != null) {
            where.add("a.countryId IN (SELECT c.id FROM Country c WHERE c.isoCode = :country)");
            parameters.put("country", filter.countryIso());
        }
        if (filter.recordType() != null) {
            where.add("a.recordType = :recordType");
            parameters.put("recordType", filter.recordType());
        }
        if (filter.recordId() != null) {
            where.add("a.recordId = :recordId");
            parameters.put("recordId", filter.recordId());
        }
        if (filter.username() != null && !filter.username().isBlank()) {
            where.add("a.username = :username");
            parameters.put("username", filter.username().strip());
        }
        if (filter.from() != null) {
            where.add("a.at >= :from");
            parameters.put("from", filter.from().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.add("a.at < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        String jpql = select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + order;
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
