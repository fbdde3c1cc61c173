package org.migportal.memberimport.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.migportal.geography.entity.Country;
import org.migportal.member.entity.MarketActor;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Membership;
import org.migportal.memberimport.control.CheckedRow;
import org.migportal.memberimport.control.ImportChecks;
import org.migportal.memberimport.control.ImportFileReader;
import org.migportal.memberimport.control.MemberDraft;
import org.migportal.platform.control.NotFoundException;
import org.migportal.platform.control.RuleViolation;
import org.migportal.security.control.AccessGuard;
import org.migportal.security.control.Guarded;
import org.migportal.security.control.Roles;

/**
 * Importing members into one country: {@link #preview} reads a file and says what each row would
 * do or why it cannot; {@link #importValid} checks the rows again (the preview is not trusted:
 * records may have changed since, and the table comes back from the page) and saves every valid
 * row, with the actors and seats it names, in one transaction. Admins import into any country,
 * country officers into their own.
 */
@Stateless
@Guarded
public class MemberImports {

    /** The largest file accepted, in bytes; the page's upload limit says the same. */
    public static final long MAX_BYTES = ImportFileReader.MAX_BYTES;
    public static final int MAX_ROWS = ImportFileReader.MAX_ROWS;

    private static final String IMPORT = "MemberImport";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessGuard guard;

    @Inject
    ImportChecks checks;

    /** Reads the file (.csv or .xlsx, by its name) and checks its rows; saves nothing. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public ImportPreview preview(@NotNull String countryIso, @NotNull String fileName, @NotNull InputStream content) {
        Country country = writableCountry(countryIso);
        ImportTable table = ImportFileReader.read(fileName, content);
        return new ImportPreview(country.getIsoCode(), table,
                checks.check(country, table).stream().map(CheckedRow::preview).toList());
    }

    /** Saves the rows that pass every check now, all or (on any failure) none; the others are returned as skipped. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public ImportResult importValid(@NotNull String countryIso, @NotNull ImportTable table) {
        Country country = writableCountry(countryIso);
        if (table.lines().size() > MAX_ROWS) {
            throw new RuleViolation("import.file.tooManyRows", MAX_ROWS);
        }
        List<CheckedRow> checked = checks.check(country, table);
        Map<String, MarketActor> created = new HashMap<>();
        int members = 0;
        int seats = 0;
        for (CheckedRow row : checked) {
            if (!row.valid()) {
                continue;
            }
            MemberDraft draft = row.draft();
            MarketActor actor = draft.existingActor() != null ? draft.existingActor()
                    : created.computeIfAbsent(draft.actorName().toLowerCase(Locale.ROOT), name -> newActor(country, draft));
            Member member = new Member(actor, draft.givenName(), draft.familyName(), draft.sex());
            member.setBirthYear(draft.birthYear());
            member.setPhone(draft.phone());
            member.setEmail(draft.email());
            member.setConsentGiven(draft.consent());
            if (draft.consent() && draft.consentDate() != null) {
                member.setConsentDate(draft.consentDate());
            }
            member.setMarginalisedGroups(draft.groups());
            em.persist(member);
            members++;
            if (draft.forum() != null) {
                em.persist(new Membership(draft.forum(), member, draft.role(), draft.selection(), draft.joinedOn()));
                seats++;
            }
        }
        em.flush();
        return new ImportResult(members, created.size(), seats,
                checked.stream().filter(row -> !row.valid()).map(CheckedRow::preview).toList());
    }

    private MarketActor newActor(Country country, MemberDraft draft) {
        MarketActor actor = new MarketActor(country, draft.actorName(), draft.actorType());
        actor.setDistrict(draft.district());
        em.persist(actor);
        return actor;
    }

    private Country writableCountry(String isoCode) {
        Country country = em.createNamedQuery(Country.FIND_BY_ISO_CODE, Country.class)
                .setParameter("isoCode", isoCode.strip().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Country", isoCode));
        guard.requireWrite(country, IMPORT, country.getIsoCode());
        return country;
    }
}
