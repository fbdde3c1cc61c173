package org.migportal.report.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.member.entity.Sex;
import org.migportal.reports.CountryFigures;
import org.migportal.reports.CountryLine;
import org.migportal.reports.DonorFigures;
import org.migportal.reports.ForumFigures;
import org.migportal.reports.ForumLine;
import org.migportal.reports.Participation;
import org.migportal.reports.ReportSection;
import org.migportal.reports.Tally;

/**
 * The figures of the reports, counted by PostgreSQL (GROUP BY, COUNT ... FILTER) and never by
 * loading entities: a report of a thousand forums reads a few hundred rows of counts.
 *
 * <p>A member counts in a period if they had a seat in the forum at any time in it (joined on or
 * before its end, not left before its start), once however many seats they had. Youth is the age
 * reached in the period's last year against the member's country's youth bounds.
 *
 * <p>Meetings, commitments, communication, actions, outcomes and reflections are not recorded by
 * the portal yet: {@link #NOT_YET_RECORDED} lists them, and the reports say so. When one lands, its
 * aggregate query goes here, its figures into the report's record, and it leaves that set.
 */
@Dependent
public class ReportFigures {

    public static final Set<ReportSection> NOT_YET_RECORDED = EnumSet.allOf(ReportSection.class);

    /** Members with a seat in the period in the forums picked by {@code %s}, one row per member. */
    private static final String SEATED = """
            WITH seated AS (
                SELECT DISTINCT m.id, m.sex, m.birth_year, a.actor_type, c.iso_code,
                       (m.birth_year IS NOT NULL AND ?3 - m.birth_year BETWEEN c.youth_min_age AND c.youth_max_age) AS youth
                FROM membership ms
                JOIN forum f ON f.id = ms.forum_id
                JOIN district d ON d.id = f.district_id
                JOIN country c ON c.id = d.country_id
                JOIN member m ON m.id = ms.member_id
                JOIN market_actor a ON a.id = m.actor_id
                WHERE ms.joined_on <= ?2 AND (ms.left_on IS NULL OR ms.left_on >= ?1) AND %s)
            """;

    private static final String BY_FORUM = "f.id = ?4";
    private static final String BY_COUNTRIES = "c.iso_code = ANY (string_to_array(?4, ','))";

    /** Forums that existed in the period: not closed before it began. */
    private static final String FORUMS_OF_PERIOD = " NOT (f.status = 'CLOSED' AND f.status_changed_on < ?1)";

    @PersistenceContext
    EntityManager em;

    public ForumFigures forum(long forumId, LocalDate from, LocalDate to) {
        Object[] forum = (Object[]) em.createNativeQuery("""
                        SELECT f.code, f.name, c.name, d.name, f.market_system, f.change_area, f.status
                        FROM forum f JOIN district d ON d.id = f.district_id JOIN country c ON c.id = d.country_id
                        WHERE f.id = ?1""")
                .setParameter(1, forumId)
                .getSingleResult();
        Participation participation = participation(BY_FORUM, forumId, from, to);
        long ageNotRecorded = number(seated(BY_FORUM, forumId, from, to,
                "SELECT COUNT(*) FROM seated WHERE birth_year IS NULL").getSingleResult());
        return new ForumFigures((String) forum[0], (String) forum[1], (String) forum[2], (String) forum[3],
                (String) forum[4], (String) forum[5], (String) forum[6], participation, ageNotRecorded,
                actorTypes(BY_FORUM, forumId, from, to),
                allOf(Sex.values(), tallies(seated(BY_FORUM, forumId, from, to,
                        "SELECT sex, COUNT(*) FROM seated GROUP BY sex"))),
                tallies(seated(BY_FORUM, forumId, from, to, """
                        SELECT mm.grp, COUNT(*) FROM seated s JOIN member_marginalisation mm ON mm.member_id = s.id
                        GROUP BY mm.grp""")),
                NOT_YET_RECORDED);
    }

    public CountryFigures country(String isoCode, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = seated(BY_COUNTRIES, isoCode, from, to, """
                SELECT f.code, f.name, d.name, f.status, f.status_changed_on,
                       COUNT(s.id),
                       COUNT(s.id) FILTER (WHERE s.sex = 'FEMALE'),
                       COUNT(s.id) FILTER (WHERE s.youth),
                       COUNT(s.id) FILTER (WHERE EXISTS (SELECT 1 FROM member_marginalisation mm WHERE mm.member_id = s.id)),
                       COUNT(DISTINCT s.actor_type)
                FROM forum f
                JOIN district d ON d.id = f.district_id
                JOIN country c ON c.id = d.country_id
                LEFT JOIN LATERAL (
                    SELECT DISTINCT ms.member_id FROM membership ms
                    WHERE ms.forum_id = f.id AND ms.joined_on <= ?2 AND (ms.left_on IS NULL OR ms.left_on >= ?1)
                ) seat ON TRUE
                LEFT JOIN seated s ON s.id = seat.member_id
                WHERE c.iso_code = ?4 AND """ + FORUMS_OF_PERIOD + """
                
                GROUP BY f.id, f.code, f.name, d.name, f.status, f.status_changed_on
                ORDER BY f.name""").getResultList();
        List<ForumLine> forums = rows.stream().map(r -> new ForumLine((String) r[0], (String) r[1], (String) r[2],
                (String) r[3], ((java.sql.Date) r[4]).toLocalDate(),
                new Participation(number(r[5]), number(r[6]), number(r[7]), number(r[8])), number(r[9]))).toList();
        return new CountryFigures(countryName(isoCode), forums, participation(BY_COUNTRIES, isoCode, from, to),
                actorTypes(BY_COUNTRIES, isoCode, from, to), statuses(isoCode, from), NOT_YET_RECORDED);
    }

    public DonorFigures donor(List<String> isoCodes, LocalDate from, LocalDate to) {
        String codes = String.join(",", isoCodes);
        @SuppressWarnings("unchecked")
        List<Object[]> forumCounts = em.createNativeQuery("""
                        SELECT c.iso_code, c.name, COUNT(f.id), COUNT(f.id) FILTER (WHERE f.status = 'ACTIVE')
                        FROM country c
                        LEFT JOIN district d ON d.country_id = c.id
                        LEFT JOIN forum f ON f.district_id = d.id AND """ + FORUMS_OF_PERIOD + """
                        
                        WHERE c.iso_code = ANY (string_to_array(?4, ','))
                        GROUP BY c.iso_code, c.name ORDER BY c.name""")
                .setParameter(1, from).setParameter(4, codes).getResultList();
        Map<String, Participation> byCountry = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> participations = seated(BY_COUNTRIES, codes, from, to, """
                SELECT iso_code, COUNT(*), COUNT(*) FILTER (WHERE sex = 'FEMALE'), COUNT(*) FILTER (WHERE youth),
                       COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM member_marginalisation mm WHERE mm.member_id = seated.id))
                FROM seated GROUP BY iso_code""").getResultList();
        participations.forEach(r -> byCountry.put((String) r[0],
                new Participation(number(r[1]), number(r[2]), number(r[3]), number(r[4]))));
        List<CountryLine> countries = new ArrayList<>();
        long forums = 0;
        long active = 0;
        for (Object[] r : forumCounts) {
            countries.add(new CountryLine((String) r[1], number(r[2]), number(r[3]),
                    byCountry.getOrDefault((String) r[0], Participation.NONE)));
            forums += number(r[2]);
            active += number(r[3]);
        }
        return new DonorFigures(countries, participation(BY_COUNTRIES, codes, from, to), forums, active,
                actorTypes(BY_COUNTRIES, codes, from, to), statuses(codes, from), NOT_YET_RECORDED);
    }

    public String countryName(String isoCode) {
        return (String) em.createNativeQuery("SELECT name FROM country WHERE iso_code = ?1")
                .setParameter(1, isoCode).getSingleResult();
    }

    private Participation participation(String scope, Object subject, LocalDate from, LocalDate to) {
        Object[] r = (Object[]) seated(scope, subject, from, to, """
                SELECT COUNT(*), COUNT(*) FILTER (WHERE sex = 'FEMALE'), COUNT(*) FILTER (WHERE youth),
                       COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM member_marginalisation mm WHERE mm.member_id = seated.id))
                FROM seated""").getSingleResult();
        return new Participation(number(r[0]), number(r[1]), number(r[2]), number(r[3]));
    }

    private List<Tally> actorTypes(String scope, Object subject, LocalDate from, LocalDate to) {
        return tallies(seated(scope, subject, from, to, "SELECT actor_type, COUNT(*) FROM seated GROUP BY actor_type"));
    }

    /** Forums by lifecycle status, every status in the lifecycle's order (zero where none). */
    private List<Tally> statuses(String isoCodes, LocalDate from) {
        return allOf(ForumStatus.values(), tallies(em.createNativeQuery("""
                        SELECT f.status, COUNT(*) FROM forum f
                        JOIN district d ON d.id = f.district_id JOIN country c ON c.id = d.country_id
                        WHERE c.iso_code = ANY (string_to_array(?4, ',')) AND """ + FORUMS_OF_PERIOD + """
                        
                        GROUP BY f.status""")
                .setParameter(1, from).setParameter(4, isoCodes)));
    }

    private Query seated(String scope, Object subject, LocalDate from, LocalDate to, String select) {
        return em.createNativeQuery(SEATED.formatted(scope) + select)
                .setParameter(1, from)
                .setParameter(2, to)
                .setParameter(3, to.getYear())
                .setParameter(4, subject);
    }

    @SuppressWarnings("unchecked")
    private static List<Tally> tallies(Query query) {
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Tally((String) r[0], number(r[1]))).toList();
    }

    private static <E extends Enum<E>> List<Tally> allOf(E[] values, List<Tally> counted) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counted.forEach(t -> counts.put(t.code(), t.count()));
        return Arrays.stream(values).map(Enum::name)
                .map(code -> new Tally(code, counts.getOrDefault(code, 0L))).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

}
