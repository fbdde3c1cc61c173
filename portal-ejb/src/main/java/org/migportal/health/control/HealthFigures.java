package org.migportal.health.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.health.boundary.ForumHealthSignals;
import org.migportal.health.boundary.HealthTrend;

/**
 * The health signals of many forums in one aggregate query (GROUP BY, COUNT ... FILTER): a country's
 * or a programme's thousand forums are a thousand rows of counts, never their records.
 *
 * <p>Windows end on the day asked for: "recent" is the last three months, "before" the three months
 * before them, attendees' shares count the "present" rows of the last six months, money the last
 * twelve months and the twelve before (programme support spread evenly over its days; amounts are taken
 * to be in the country's currency). Youth is the age reached this year against the member's
 * country's youth bounds, as in the reports.
 */
@Dependent
public class HealthFigures {

    /** The forums health applies to: those that have started and not ended. */
    public static final List<ForumStatus> ASSESSED = List.of(ForumStatus.ACTIVE, ForumStatus.RE_ENERGISING,
            ForumStatus.DORMANT);

    private static final String SIGNALS = """
            WITH scoped AS (
                SELECT f.id, f.code, f.name, f.status, f.established_on, d.name AS district,
                       c.iso_code, c.name AS country, c.youth_min_age, c.youth_max_age
                FROM forum f
                JOIN district d ON d.id = f.district_id
                JOIN country c ON c.id = d.country_id
                WHERE f.status IN ('ACTIVE', 'RE_ENERGISING', 'DORMANT') AND %s),
            meetings AS (
                SELECT m.forum_id,
                       COUNT(*) FILTER (WHERE m.held_on > ?2) AS recent,
                       MAX(m.held_on) AS last_held
                FROM meeting m JOIN scoped s ON s.id = m.forum_id
                WHERE m.held_on <= ?1
                GROUP BY m.forum_id),
            attended AS (
                SELECT m.forum_id,
                       COUNT(*) FILTER (WHERE m.held_on > ?2) AS listed_recent,
                       COUNT(*) FILTER (WHERE m.held_on > ?2 AND a.status = 'PRESENT') AS present_recent,
                       COUNT(*) FILTER (WHERE m.held_on <= ?2) AS listed_before,
                       COUNT(*) FILTER (WHERE m.held_on <= ?2 AND a.status = 'PRESENT') AS present_before,
                       COUNT(*) FILTER (WHERE a.status = 'PRESENT') AS presences,
                       COUNT(*) FILTER (WHERE a.status = 'PRESENT' AND mb.sex = 'FEMALE') AS women,
                       COUNT(*) FILTER (WHERE a.status = 'PRESENT' AND mb.birth_year IS NOT NULL
                           AND ?4 - mb.birth_year BETWEEN s.youth_min_age AND s.youth_max_age) AS youth,
                       COUNT(*) FILTER (WHERE a.status = 'PRESENT' AND EXISTS (
                           SELECT 1 FROM member_marginalisation mm WHERE mm.member_id = mb.id)) AS marginalised
                FROM meeting m
                JOIN scoped s ON s.id = m.forum_id
                JOIN attendance a ON a.meeting_id = m.id
                JOIN member mb ON mb.id = a.member_id
                WHERE m.held_on > ?3 AND m.held_on <= ?1
                GROUP BY m.forum_id),
            seated AS (
                SELECT ms.forum_id,
                       COUNT(DISTINCT mb.id) AS members,
                       COUNT(DISTINCT mb.id) FILTER (WHERE mb.sex = 'FEMALE') AS women,
                       COUNT(DISTINCT mb.id) FILTER (WHERE mb.birth_year IS NOT NULL
                           AND ?4 - mb.birth_year BETWEEN s.youth_min_age AND s.youth_max_age) AS youth,
                       COUNT(DISTINCT mb.id) FILTER (WHERE EXISTS (
                           SELECT 1 FROM member_marginalisation mm WHERE mm.member_id = mb.id)) AS marginalised
                FROM membership ms
                JOIN scoped s ON s.id = ms.forum_id
                JOIN member mb ON mb.id = ms.member_id
                WHERE ms.joined_on <= ?1 AND (ms.left_on IS NULL OR ms.left_on > ?1)
                GROUP BY ms.forum_id),
            overdue AS (
                SELECT m.forum_id, COUNT(*) AS overdue
                FROM commitment c
                JOIN meeting m ON m.id = c.meeting_id
                JOIN scoped s ON s.id = m.forum_id
                WHERE c.status IN ('OPEN', 'RENEGOTIATED') AND c.due_on < ?1
                GROUP BY m.forum_id),
            outcomes AS (
                SELECT o.forum_id, MAX(o.occurred_on) AS last_on
                FROM outcome o JOIN scoped s ON s.id = o.forum_id
                WHERE o.occurred_on <= ?1
                GROUP BY o.forum_id),
            actions AS (
                SELECT a.forum_id,
                       COUNT(*) FILTER (WHERE a.status NOT IN ('DROPPED', 'ADAPTED')) AS planned,
                       COUNT(*) FILTER (WHERE a.status = 'DONE') AS done,
                       MAX(a.done_on) FILTER (WHERE a.status = 'DONE' AND a.done_on <= ?1) AS last_done
                FROM action a JOIN scoped s ON s.id = a.forum_id
                GROUP BY a.forum_id),
            own AS (
                -- What members put in themselves: money with a seat (on the day they joined) and for actions
                -- (on the day done, else the day due).
                SELECT money.forum_id,
                       SUM(money.amount) FILTER (WHERE money.on_day > ?5) AS now,
                       SUM(money.amount) FILTER (WHERE money.on_day <= ?5) AS before
                FROM (SELECT ms.forum_id, ms.contribution_money AS amount, ms.joined_on AS on_day
                      FROM membership ms JOIN scoped s ON s.id = ms.forum_id
                      WHERE ms.contribution_money > 0
                      UNION ALL
                      SELECT a.forum_id, a.own_contribution, COALESCE(a.done_on, a.due_on)
                      FROM action a JOIN scoped s ON s.id = a.forum_id
                      WHERE a.own_contribution > 0 AND a.status <> 'DROPPED') money
                WHERE money.on_day > ?6 AND money.on_day <= ?1
                GROUP BY money.forum_id),
            support AS (
                -- A support's amount spread evenly over its days, and the part of it in each year counted.
                SELECT p.forum_id,
                       SUM(p.amount * GREATEST(0, LEAST(p.last_day, CAST(?1 AS date)) - GREATEST(p.starts_on, CAST(?5 AS date) + 1) + 1) / p.days) AS now,
                       SUM(p.amount * GREATEST(0, LEAST(p.last_day, CAST(?5 AS date)) - GREATEST(p.starts_on, CAST(?6 AS date) + 1) + 1) / p.days) AS before
                FROM (SELECT ps.forum_id, ps.amount, ps.starts_on,
                             COALESCE(ps.ends_on, GREATEST(ps.planned_end_on, CAST(?1 AS date))) AS last_day,
                             COALESCE(ps.ends_on, GREATEST(ps.planned_end_on, CAST(?1 AS date))) - ps.starts_on + 1 AS days
                      FROM programme_support ps JOIN scoped s ON s.id = ps.forum_id
                      WHERE ps.starts_on <= ?1) p
                GROUP BY p.forum_id)
            SELECT s.id, s.code, s.name, s.iso_code, s.country, s.district, s.status, s.established_on,
                   COALESCE(mt.recent, 0), mt.last_held,
                   COALESCE(at.listed_recent, 0), COALESCE(at.present_recent, 0),
                   COALESCE(at.listed_before, 0), COALESCE(at.present_before, 0),
                   COALESCE(st.members, 0), COALESCE(st.women, 0), COALESCE(st.youth, 0), COALESCE(st.marginalised, 0),
                   COALESCE(at.presences, 0), COALESCE(at.women, 0), COALESCE(at.youth, 0), COALESCE(at.marginalised, 0),
                   COALESCE(od.overdue, 0),
                   ac.planned, ac.done, ac.last_done,
                   oc.last_on,
                   COALESCE(ow.now, 0), COALESCE(sp.now, 0), COALESCE(ow.before, 0), COALESCE(sp.before, 0)
            FROM scoped s
            LEFT JOIN meetings mt ON mt.forum_id = s.id
            LEFT JOIN attended at ON at.forum_id = s.id
            LEFT JOIN seated st ON st.forum_id = s.id
            LEFT JOIN overdue od ON od.forum_id = s.id
            LEFT JOIN actions ac ON ac.forum_id = s.id
            LEFT JOIN outcomes oc ON oc.forum_id = s.id
            LEFT JOIN own ow ON ow.forum_id = s.id
            LEFT JOIN support sp ON sp.forum_id = s.id
            """;

    private static final String ALL_COUNTRIES = "TRUE";
    private static final String IN_COUNTRIES = "c.iso_code = ANY (string_to_array(?7, ','))";
    private static final String ONE_FORUM = "f.id = ?7";

    @PersistenceContext
    EntityManager em;

    /** The signals of every assessed forum of the countries (every country if {@code countries} is null). */
    public List<ForumHealthSignals> ofCountries(Collection<String> countries, LocalDate asOf) {
        return countries == null ? signals(ALL_COUNTRIES, null, asOf)
                : countries.isEmpty() ? List.of() : signals(IN_COUNTRIES, String.join(",", countries), asOf);
    }

    /** The forum's signals, or none if it is not assessed (proposed or closed). */
    public java.util.Optional<ForumHealthSignals> ofForum(long forumId, LocalDate asOf) {
        return signals(ONE_FORUM, forumId, asOf).stream().findFirst();
    }

    /**
     * The attendance rate of each month of the last twelve (this one included) in each country, from
     * the attendance rows of their meetings; a month without any is null.
     */
    public HealthTrend attendanceByMonth(Collection<String> countries, LocalDate asOf) {
        LocalDate firstMonth = asOf.withDayOfMonth(1).minusMonths(11);
        List<String> periods = new ArrayList<>();
        for (LocalDate month = firstMonth; !month.isAfter(asOf); month = month.plusMonths(1)) {
            periods.add(month.toString().substring(0, 7));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped("""
                SELECT c.iso_code, to_char(m.held_on, 'YYYY-MM'),
                       COUNT(*) FILTER (WHERE a.status = 'PRESENT'), COUNT(*)
                FROM attendance a
                JOIN meeting m ON m.id = a.meeting_id
                JOIN forum f ON f.id = m.forum_id
                JOIN district d ON d.id = f.district_id
                JOIN country c ON c.id = d.country_id
                WHERE m.held_on >= ?1 AND m.held_on <= ?2 AND %s
                GROUP BY 1, 2""", countries)
                .setParameter(1, firstMonth).setParameter(2, asOf).getResultList();
        return trend(countries, periods, rows, true);
    }

    /** Outcomes per quarter over the last eight quarters (this one included), in each country. */
    public HealthTrend outcomesByQuarter(Collection<String> countries, LocalDate asOf) {
        LocalDate quarterStart = asOf.withDayOfMonth(1).minusMonths((asOf.getMonthValue() - 1) % 3);
        LocalDate first = quarterStart.minusMonths(21);
        List<String> periods = new ArrayList<>();
        for (LocalDate quarter = first; !quarter.isAfter(asOf); quarter = quarter.plusMonths(3)) {
            periods.add(quarter.getYear() + "-Q" + ((quarter.getMonthValue() - 1) / 3 + 1));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped("""
                SELECT c.iso_code, to_char(o.occurred_on, 'YYYY-"Q"Q'), COUNT(*), 1
                FROM outcome o
                JOIN forum f ON f.id = o.forum_id
                JOIN district d ON d.id = f.district_id
                JOIN country c ON c.id = d.country_id
                WHERE o.occurred_on >= ?1 AND o.occurred_on <= ?2 AND %s
                GROUP BY 1, 2""", countries)
                .setParameter(1, first).setParameter(2, asOf).getResultList();
        return trend(countries, periods, rows, false);
    }

    private Query scoped(String sql, Collection<String> countries) {
        if (countries == null) {
            return em.createNativeQuery(sql.formatted("TRUE"));
        }
        return em.createNativeQuery(sql.formatted("c.iso_code = ANY (string_to_array(?3, ','))"))
                .setParameter(3, countries.isEmpty() ? "--" : String.join(",", countries));
    }

    /** One series per country that has forums in the scope, in the countries' name order, zero or null where nothing was counted. */
    private HealthTrend trend(Collection<String> countries, List<String> periods, List<Object[]> rows, boolean rate) {
        @SuppressWarnings("unchecked")
        List<Object[]> names = scoped("""
                SELECT DISTINCT c.iso_code, c.name FROM country c
                JOIN district d ON d.country_id = c.id JOIN forum f ON f.district_id = d.id
                WHERE %s ORDER BY c.name""", countries).getResultList();
        Map<String, Integer[]> values = new LinkedHashMap<>();
        for (Object[] name : names) {
            Integer[] series = new Integer[periods.size()];
            if (!rate) {
                java.util.Arrays.fill(series, 0);
            }
            values.put((String) name[0], series);
        }
        for (Object[] row : rows) {
            Integer[] series = values.get((String) row[0]);
            int at = periods.indexOf((String) row[1]);
            if (series != null && at >= 0) {
                long part = ((Number) row[2]).longValue();
                long whole = ((Number) row[3]).longValue();
                series[at] = rate ? (whole == 0 ? null : Math.toIntExact(Math.round(100.0 * part / whole)))
                        : Math.toIntExact(part);
            }
        }
        List<HealthTrend.Series> series = new ArrayList<>();
        for (Object[] name : names) {
            series.add(new HealthTrend.Series((String) name[0], (String) name[1],
                    java.util.Arrays.asList(values.get((String) name[0]))));
        }
        return new HealthTrend(periods, series);
    }

    private List<ForumHealthSignals> signals(String scope, Object subject, LocalDate asOf) {
        Query query = em.createNativeQuery(SIGNALS.formatted(scope) + " ORDER BY s.name")
                .setParameter(1, asOf)
                .setParameter(2, asOf.minusMonths(HealthRules.QUIET_MONTHS))
                .setParameter(3, asOf.minusMonths(2L * HealthRules.QUIET_MONTHS))
                .setParameter(4, asOf.getYear())
                .setParameter(5, asOf.minusYears(1))
                .setParameter(6, asOf.minusYears(2));
        if (subject != null) {
            query.setParameter(7, subject);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new ForumHealthSignals(
                number(r[0]), (String) r[1], (String) r[2], ((String) r[3]).strip(), (String) r[4], (String) r[5],
                ForumStatus.valueOf((String) r[6]), date(r[7]), asOf,
                number(r[8]), date(r[9]),
                number(r[10]), number(r[11]), number(r[12]), number(r[13]),
                number(r[14]), number(r[15]), number(r[16]), number(r[17]),
                number(r[18]), number(r[19]), number(r[20]), number(r[21]),
                number(r[22]),
                nullableNumber(r[23]), nullableNumber(r[24]), date(r[25]),
                date(r[26]),
                decimal(r[27]), decimal(r[28]), decimal(r[29]), decimal(r[30]))).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Long nullableNumber(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static double decimal(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate day ? day : ((Date) value).toLocalDate();
    }
}
