package org.migportal.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.migportal.audit.entity.AuditEntry;
import org.migportal.security.control.AccessGuard;

/**
 * What a page of the audit trail needs beyond the stored changes, in a fixed number of queries per
 * page: the names of the records the changes refer to (a district's name rather than its id), and the
 * consent rule (see {@code PersonalData}): the personal fields of a member who has not consented are
 * withheld from everyone but the officers of the member's country, here as everywhere.
 */
@Dependent
public class AuditDetails {

    /** The record types that hold a member's personal data, recorded against the member's id. */
    private static final Set<String> PERSONAL_RECORDS = Set.of("member", "member_marginalisation");

    /** How each named kind of record is named. Others keep their id. */
    private static final Map<String, String> NAMES = Map.of(
            "region", "SELECT r.id, r.name FROM Region r WHERE r.id IN :ids",
            "country", "SELECT c.id, c.name FROM Country c WHERE c.id IN :ids",
            "district", "SELECT d.id, d.name FROM District d WHERE d.id IN :ids",
            "forum", "SELECT f.id, CONCAT(f.code, ' ', f.name) FROM Forum f WHERE f.id IN :ids",
            "market_actor", "SELECT a.id, a.name FROM MarketActor a WHERE a.id IN :ids");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessGuard guard;

    public List<AuditEntry> complete(List<AuditEntry> entries) {
        Set<String> personalDataCountries = guard.readScope().personalDataCountries();
        Map<String, Set<Long>> references = new HashMap<>();
        Set<Long> members = new HashSet<>();
        for (AuditEntry entry : entries) {
            entry.references().forEach((table, ids) -> references.computeIfAbsent(table, t -> new HashSet<>()).addAll(ids));
            if (PERSONAL_RECORDS.contains(entry.getRecordType())) {
                members.add(entry.getRecordId());
            }
        }
        members.addAll(references.getOrDefault("member", Set.of()));
        Map<Long, String> visibleMembers = visibleMembers(members, personalDataCountries);
        Set<Long> officerCountryIds = countryIds(personalDataCountries);

        for (AuditEntry entry : entries) {
            boolean officersOwn = entry.getCountryId() != null && officerCountryIds.contains(entry.getCountryId());
            if (PERSONAL_RECORDS.contains(entry.getRecordType()) && !officersOwn
                    && !visibleMembers.containsKey(entry.getRecordId())) {
                entry.withholdPersonalData();
            }
            visibleMembers.forEach((id, name) -> entry.nameReference("member", id, name));
        }
        references.forEach((table, ids) -> {
            String query = NAMES.get(table);
            if (query != null) {
                for (Object[] row : em.createQuery(query, Object[].class).setParameter("ids", ids).getResultList()) {
                    entries.forEach(entry -> entry.nameReference(table, (Long) row[0], (String) row[1]));
                }
            }
        });
        return entries;
    }

    /** The names of those of these members whose personal data the caller may see. */
    private Map<Long, String> visibleMembers(Set<Long> ids, Set<String> personalDataCountries) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        em.createQuery("""
                        SELECT m.id, CONCAT(m.givenName, ' ', m.familyName) FROM Member m
                        WHERE m.id IN :ids AND (m.consentGiven = TRUE OR m.country.isoCode IN :countries)""", Object[].class)
                .setParameter("ids", ids)
                .setParameter("countries", personalDataCountries.isEmpty() ? Set.of("--") : personalDataCountries)
                .getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    private Set<Long> countryIds(Set<String> isoCodes) {
        if (isoCodes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("SELECT c.id FROM Country c WHERE c.isoCode IN :codes", Long.class)
                .setParameter("codes", isoCodes).getResultList());
    }
}
