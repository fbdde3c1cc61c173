package org.migportal.health.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.migportal.forum.entity.Forum;
import org.migportal.geography.entity.Country;
import org.migportal.health.control.HealthFigures;
import org.migportal.health.control.HealthRules;
import org.migportal.health.control.HealthSort;
import org.migportal.health.entity.ForumHealthResponse;
import org.migportal.health.entity.HealthResponse;
import org.migportal.platform.control.NotFoundException;
import org.migportal.platform.control.PageRequest;
import org.migportal.security.control.AccessGuard;
import org.migportal.security.control.Caller;
import org.migportal.security.control.Guarded;
import org.migportal.security.control.ReadScope;
import org.migportal.security.control.Roles;

/**
 * Forum health: each forum's signals and the reasons it is flagged ({@link HealthRules}), the country
 * dashboard (one country, or every country the caller reads), attendance and outcomes over time, and
 * what the country officer decided to do about a flagged forum.
 *
 * <p>The dashboard is for those who look after countries (admins, regional managers, country
 * officers); a forum secretary sees their own forum's health on its page. The figures of all the
 * scope's forums come from one aggregate query; the table is sorted and cut into pages here, so that
 * only a page of rows leaves the server.
 */
@Stateless
@Guarded
public class ForumHealth {

    private static final String FORUM = "Forum";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessGuard guard;

    @Inject
    HealthFigures figures;

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER})
    public List<ForumHealthRow> dashboard(@NotNull @Valid HealthFilter filter, @NotNull @Valid PageRequest page) {
        List<ForumHealthRow> sorted = rows(filter).stream()
                .sorted(HealthSort.by(page.sortField(), page.ascending()))
                .skip(page.first())
                .limit(page.size())
                .toList();
        return withLatestResponses(sorted);
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER})
    public long count(@NotNull @Valid HealthFilter filter) {
        return rows(filter).size();
    }

    /** The forum's health, or empty if health does not apply to it (a proposed or closed forum). */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public Optional<ForumHealthRow> ofForum(long forumId) {
        Forum forum = readable(forumId);
        return figures.ofForum(forumId, LocalDate.now())
                .map(signals -> new ForumHealthRow(signals, HealthRules.reasons(signals), null, forum.getCountry()))
                .map(row -> withLatestResponses(List.of(row)).get(0));
    }

    /** What was decided about the forum's health, latest first. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<ForumHealthResponse> responses(long forumId) {
        return em.createNamedQuery(ForumHealthResponse.OF_FORUM, ForumHealthResponse.class)
                .setParameter("forum", readable(forumId))
                .getResultList();
    }

    /** Whether the caller may record a response for the forum: its country's officers and admins, while it is open. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public boolean canRespond(long forumId) {
        Forum forum = readable(forumId);
        return !forum.isClosed() && guard.canWrite(forum.getCountry());
    }

    /** Records what the officer will do about the forum, with a note and the day to look at it again. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public ForumHealthResponse recordResponse(long forumId, @NotNull HealthResponse response,
            @Size(max = ForumHealthResponse.NOTE_LENGTH) String note, LocalDate reviewOn) {
        Forum forum = readable(forumId);
        guard.requireWrite(forum.getCountry(), "ForumHealthResponse", "new");
        forum.requireOpen();
        Caller caller = guard.caller();
        String by = caller.displayName() == null || caller.displayName().isBlank() ? caller.username() : caller.displayName();
        ForumHealthResponse recorded = new ForumHealthResponse(forum, response, note,
                by.length() > ForumHealthResponse.RECORDED_BY_LENGTH ? by.substring(0, ForumHealthResponse.RECORDED_BY_LENGTH) : by,
                LocalDate.now(), reviewOn);
        em.persist(recorded);
        em.flush();
        return recorded;
    }

    /** The monthly attendance rate of the last twelve months, a series per country (one, or all the caller reads). */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER})
    public HealthTrend attendanceOverTime(@Pattern(regexp = "[A-Z]{2}") String countryIso) {
        return figures.attendanceByMonth(countries(countryIso), LocalDate.now());
    }

    /** Outcomes per quarter over the last two years, a series per country. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER})
    public HealthTrend outcomesOverTime(@Pattern(regexp = "[A-Z]{2}") String countryIso) {
        return figures.outcomesByQuarter(countries(countryIso), LocalDate.now());
    }

    private List<ForumHealthRow> rows(HealthFilter filter) {
        Collection<String> countries = countries(filter.countryIso());
        List<ForumHealthSignals> signals = figures.ofCountries(countries, LocalDate.now());
        String text = filter.text() == null || filter.text().isBlank() ? null : filter.text().strip().toLowerCase(Locale.ROOT);
        Map<String, Country> byIso = countriesByIso(signals.stream().map(ForumHealthSignals::countryIso).collect(Collectors.toSet()));
        return signals.stream()
                .filter(s -> text == null || s.code().toLowerCase(Locale.ROOT).contains(text)
                        || s.name().toLowerCase(Locale.ROOT).contains(text))
                .map(s -> new ForumHealthRow(s, HealthRules.reasons(s), null, byIso.get(s.countryIso())))
                .filter(row -> !filter.needsAttention() || row.isFlagged())
                .toList();
    }

    /** The countries asked for within the caller's read scope; null means every country (an admin's "all"). */
    private Collection<String> countries(String countryIso) {
        ReadScope scope = guard.readScope();
        if (scope.everything()) {
            return countryIso == null ? null : Set.of(countryIso);
        }
        Set<String> readable = new HashSet<>(scope.countries());
        if (countryIso != null) {
            readable.retainAll(Set.of(countryIso));
        }
        return readable;
    }

    private Map<String, Country> countriesByIso(Set<String> isoCodes) {
        if (isoCodes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT c FROM Country c WHERE c.isoCode IN :codes", Country.class)
                .setParameter("codes", isoCodes)
                .getResultStream()
                .collect(Collectors.toMap(Country::getIsoCode, c -> c));
    }

    /** The rows with the latest response of each forum, read for the page's forums in one query. */
    private List<ForumHealthRow> withLatestResponses(List<ForumHealthRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> latest = em.createNativeQuery("""
                        SELECT DISTINCT ON (forum_id) forum_id, response, recorded_on, review_on
                        FROM forum_health_response WHERE forum_id = ANY (string_to_array(?1, ',')::bigint[])
                        ORDER BY forum_id, recorded_on DESC, id DESC""")
                .setParameter(1, rows.stream().map(row -> String.valueOf(row.signals().forumId()))
                        .collect(Collectors.joining(",")))
                .getResultList();
        Map<Long, ForumHealthRow.LatestResponse> byForum = new HashMap<>();
        for (Object[] r : latest) {
            byForum.put(((Number) r[0]).longValue(), new ForumHealthRow.LatestResponse(HealthResponse.valueOf((String) r[1]),
                    date(r[2]), date(r[3])));
        }
        return rows.stream().map(row -> new ForumHealthRow(row.signals(), row.reasons(),
                byForum.get(row.signals().forumId()), row.country())).toList();
    }

    private Forum readable(long forumId) {
        Forum forum = Optional.ofNullable(em.find(Forum.class, forumId))
                .orElseThrow(() -> new NotFoundException(FORUM, forumId));
        guard.requireReadForum(forum.getCode(), forum.getCountry(), forumId);
        return forum;
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate day ? day : ((Date) value).toLocalDate();
    }
}
