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
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.meeting.entity.CommitmentStatus;
import org.migportal.workplan.entity.ActionStatus;
import org.migportal.member.entity.Sex;
import org.migportal.reports.Activity;
import org.migportal.reports.CountryFigures;
import org.migportal.reports.CountryLine;
import org.migportal.reports.DonorFigures;
import org.migportal.reports.ForumFigures;
import org.migportal.reports.ForumActivity;
import org.migportal.reports.ForumLine;
import org.migportal.reports.Lesson;
import org.migportal.reports.MonthLine;
import org.migportal.reports.OutcomeStory;
import org.migportal.reports.Outcomes;
import org.migportal.reports.RegionCountry;
import org.migportal.reports.RegionalFigures;
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
 * <p>Meetings and attendance count by the month a meeting was held in; commitments by the meeting
 * they were made at; communication by the day it happened; lessons are those of reflection meetings
 * held in the period; actions of the work-plans are those due or done in the period, outcomes those
 * that occurred in it. A section whose records the portal does not hold would be listed in
 * {@link #NOT_YET_RECORDED} (none now), and the reports would say so.
 */
@Dependent
public class ReportFigures {

    public static final Set<ReportSection> NOT_YET_RECORDED = EnumSet.noneOf(ReportSection.class);

    /** Lessons printed at most: the latest of the period. */
    static final int FORUM_LESSONS = 12;
    static final int COUNTRY_LESSONS = 20;
    static final int DONOR_LESSONS = 10;
    /** Outcome stories printed at most: those reaching beyond the members first, then the latest. */
    static final int FORUM_STORIES = 12;
    static final int COUNTRY_STORIES = 15;
    static final int DONOR_STORIES = 8;

    /** The forums of a report, for the activity queries: {@code %s} is the scope (a forum or countries). */
    private static final String FORUMS_IN_SCOPE = """
            SELECT f.id FROM forum f JOIN district d ON d.id = f.district_id JOIN country c ON c.id = d.country_id
            WHERE %s""";

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
                activity(BY_FORUM, forumId, from, to, FORUM_LESSONS, FORUM_STORIES, false), NOT_YET_RECORDED);
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
                actorTypes(BY_COUNTRIES, isoCode, from, to), statuses(isoCode, from),
                activity(BY_COUNTRIES, isoCode, from, to, COUNTRY_LESSONS, COUNTRY_STORIES, false), forumActivity(isoCode, from, to),
                NOT_YET_RECORDED);
    }

    public DonorFigures donor(List<String> isoCodes, LocalDate from, LocalDate to) {
        String codes = String.join(",", isoCodes);
        List<CountryLine> countries = countryLines(codes, from, to);
        long forums = countries.stream().mapToLong(CountryLine::forums).sum();
        long active = countries.stream().mapToLong(CountryLine::activeForums).sum();
        return new DonorFigures(countries, participation(BY_COUNTRIES, codes, from, to), forums, active,
                actorTypes(BY_COUNTRIES, codes, from, to), statuses(codes, from),
                activity(BY_COUNTRIES, codes, from, to, DONOR_LESSONS, DONOR_STORIES, true), NOT_YET_RECORDED);
    }

    /**
     * The countries of a region side by side: forums and participation, meetings and attendance, commitments,
     * actions (due or done in the period, and those done) and outcomes.
     */
    public RegionalFigures regional(String regionCode, LocalDate from, LocalDate to) {
        String regionName = (String) em.createNativeQuery("SELECT name FROM region WHERE code = ?1")
                .setParameter(1, regionCode).getSingleResult();
        String codes = String.join(",", regionCountries(regionCode));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        WITH scoped AS (""" + FORUMS_IN_SCOPE.formatted(BY_COUNTRIES).replace("SELECT f.id", "SELECT f.id, c.iso_code") + """
                        ),
                        meetings AS (
                            SELECT s.iso_code, COUNT(*) AS held, SUM(a.present) AS present, SUM(a.listed) AS listed
                            FROM meeting mt JOIN scoped s ON s.id = mt.forum_id
                            CROSS JOIN LATERAL (
                                SELECT COUNT(*) FILTER (WHERE at.status = 'PRESENT') AS present, COUNT(*) AS listed
                                FROM attendance at WHERE at.meeting_id = mt.id) a
                            WHERE mt.held_on BETWEEN ?1 AND ?2
                            GROUP BY s.iso_code),
                        commitments AS (
                            SELECT s.iso_code, COUNT(*) AS made, COUNT(*) FILTER (WHERE cm.status = 'KEPT') AS kept
                            FROM commitment cm JOIN meeting mt ON mt.id = cm.meeting_id JOIN scoped s ON s.id = mt.forum_id
                            WHERE mt.held_on BETWEEN ?1 AND ?2
                            GROUP BY s.iso_code),
                        actions AS (
                            SELECT s.iso_code, COUNT(*) AS planned,
                                   COUNT(*) FILTER (WHERE a.status = 'DONE' AND a.done_on BETWEEN ?1 AND ?2) AS done
                            FROM action a JOIN scoped s ON s.id = a.forum_id
                            WHERE a.due_on BETWEEN ?1 AND ?2 OR a.done_on BETWEEN ?1 AND ?2
                            GROUP BY s.iso_code),
                        outcomes AS (
                            SELECT s.iso_code, COUNT(*) AS achieved
                            FROM outcome o JOIN scoped s ON s.id = o.forum_id
                            WHERE o.occurred_on BETWEEN ?1 AND ?2
                            GROUP BY s.iso_code)
                        SELECT c.iso_code, m.held, m.present, m.listed, k.made, k.kept, a.planned, a.done, o.achieved
                        FROM country c
                        LEFT JOIN meetings m ON m.iso_code = c.iso_code
                        LEFT JOIN commitments k ON k.iso_code = c.iso_code
                        LEFT JOIN actions a ON a.iso_code = c.iso_code
                        LEFT JOIN outcomes o ON o.iso_code = c.iso_code
                        WHERE c.iso_code = ANY (string_to_array(?4, ','))""")
                .setParameter(1, from).setParameter(2, to).setParameter(4, codes).getResultList();
        Map<String, Object[]> activity = new HashMap<>();
        rows.forEach(r -> activity.put(((String) r[0]).trim(), r));
        List<RegionCountry> countries = new ArrayList<>();
        for (Map.Entry<String, CountryLine> entry : countryLinesByCode(codes, from, to).entrySet()) {
            CountryLine line = entry.getValue();
            Object[] a = activity.getOrDefault(entry.getKey(), new Object[9]);
            countries.add(new RegionCountry(line.country(), line.forums(), line.activeForums(), line.participation(),
                    number(a[1]), number(a[2]), number(a[3]), number(a[4]), number(a[5]), number(a[6]), number(a[7]),
                    number(a[8])));
        }
        return new RegionalFigures(regionName, countries, NOT_YET_RECORDED);
    }

    /** The ISO codes of a region's countries, in order. */
    public List<String> regionCountries(String regionCode) {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("""
                        SELECT c.iso_code FROM country c JOIN region r ON r.id = c.region_id
                        WHERE r.code = ?1 ORDER BY c.iso_code""")
                .setParameter(1, regionCode).getResultList();
        return codes.stream().map(String::trim).toList();
    }

    private List<CountryLine> countryLines(String codes, LocalDate from, LocalDate to) {
        return List.copyOf(countryLinesByCode(codes, from, to).values());
    }

    /** Each country's forums (active ones apart) and participation, by ISO code in the order of the countries' names. */
    private Map<String, CountryLine> countryLinesByCode(String codes, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> forumCounts = em.createNativeQuery("""
                        SELECT c.iso_code, c.name, COUNT(f.id), COUNT(f.id) FILTER (WHERE f.status = 'ACTIVE')
                        FROM country c
                        LEFT JOIN district d ON d.country_id = c.id
                        LEFT JOIN forum f ON f.district_id = d.id AND """ + FORUMS_OF_PERIOD + """
                        
                        WHERE c.iso_code = ANY (string_to_array(?4, ','))
                        GROUP BY c.iso_code, c.name ORDER BY c.name""")
                .setParameter(1, from).setParameter(4, codes).getResultList();
        Map<String, Participation> byCountry = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> participations = seated(BY_COUNTRIES, codes, from, to, """
                SELECT iso_code, COUNT(*), COUNT(*) FILTER (WHERE sex = 'FEMALE'), COUNT(*) FILTER (WHERE youth),
                       COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM member_marginalisation mm WHERE mm.member_id = seated.id))
                FROM seated GROUP BY iso_code""").getResultList();
        participations.forEach(r -> byCountry.put(((String) r[0]).trim(),
                new Participation(number(r[1]), number(r[2]), number(r[3]), number(r[4]))));
        Map<String, CountryLine> lines = new LinkedHashMap<>();
        for (Object[] r : forumCounts) {
            String code = ((String) r[0]).trim();
            lines.put(code, new CountryLine((String) r[1], number(r[2]), number(r[3]),
                    byCountry.getOrDefault(code, Participation.NONE)));
        }
        return lines;
    }

    /**
     * Meetings and attendance by month, commitments by status, communication by audience and by
     * purpose, the latest lessons of reflection meetings, actions by status and outcomes, of the forums
     * in {@code scope}.
     *
     * @param withoutNames take members' names out of the lessons and outcome stories, and leave out who
     *        verified an outcome (reports for outsiders)
     */
    private Activity activity(String scope, Object subject, LocalDate from, LocalDate to, int lessons, int stories,
            boolean withoutNames) {
        String forums = FORUMS_IN_SCOPE.formatted(scope);
        @SuppressWarnings("unchecked")
        List<Object[]> months = scoped("""
                SELECT to_char(mt.held_on, 'YYYY-MM'), COUNT(*), COUNT(*) FILTER (WHERE mt.kind = 'REFLECTION'),
                       SUM(a.present), SUM(a.listed)
                FROM meeting mt
                CROSS JOIN LATERAL (
                    SELECT COUNT(*) FILTER (WHERE at.status = 'PRESENT') AS present, COUNT(*) AS listed
                    FROM attendance at WHERE at.meeting_id = mt.id) a
                WHERE mt.held_on BETWEEN ?1 AND ?2 AND mt.forum_id IN (""" + forums + """
                )
                GROUP BY 1 ORDER BY 1""", subject, from, to).getResultList();
        List<MonthLine> monthLines = months.stream().map(r -> new MonthLine(YearMonth.parse((String) r[0]),
                number(r[1]), number(r[3]), number(r[4]))).toList();
        long reflections = months.stream().mapToLong(r -> number(r[2])).sum();

        List<Tally> commitments = allOf(CommitmentStatus.values(), tallies(scoped("""
                SELECT cm.status, COUNT(*) FROM commitment cm JOIN meeting mt ON mt.id = cm.meeting_id
                WHERE mt.held_on BETWEEN ?1 AND ?2 AND mt.forum_id IN (""" + forums + """
                )
                GROUP BY cm.status""", subject, from, to)));

        // One pass over the log for both breakdowns: the audience (external ones by their kind of audience) and the purpose.
        @SuppressWarnings("unchecked")
        List<Object[]> communication = scoped("""
                SELECT COALESCE(ce.audience, ce.kind), ce.purpose, COUNT(*)
                FROM communication_entry ce
                WHERE ce.happened_on BETWEEN ?1 AND ?2 AND ce.forum_id IN (""" + forums + """
                )
                GROUP BY GROUPING SETS ((COALESCE(ce.audience, ce.kind)), (ce.purpose))""", subject, from, to)
                .getResultList();
        List<Tally> byAudience = communication.stream().filter(r -> r[1] == null)
                .map(r -> new Tally((String) r[0], number(r[2]))).toList();
        List<Tally> byPurpose = communication.stream().filter(r -> r[0] == null)
                .map(r -> new Tally((String) r[1], number(r[2]))).toList();

        @SuppressWarnings("unchecked")
        List<Object[]> lessonRows = scoped("""
                SELECT f.name, mt.held_on, mt.lessons, mt.forum_id
                FROM meeting mt JOIN forum f ON f.id = mt.forum_id
                WHERE mt.kind = 'REFLECTION' AND mt.held_on BETWEEN ?1 AND ?2 AND btrim(COALESCE(mt.lessons, '')) <> ''
                  AND mt.forum_id IN (""" + forums + """
                )
                ORDER BY mt.held_on DESC, f.name LIMIT ?5""", subject, from, to).setParameter(5, lessons).getResultList();
        List<Lesson> lessonList = lessonRows.stream().map(r -> new Lesson((String) r[0],
                ((java.sql.Date) r[1]).toLocalDate(), ((String) r[2]).trim())).toList();

        List<Tally> actions = allOf(ActionStatus.values(), tallies(scoped("""
                SELECT a.status, COUNT(*) FROM action a
                WHERE (a.due_on BETWEEN ?1 AND ?2 OR a.done_on BETWEEN ?1 AND ?2) AND a.forum_id IN (""" + forums + """
                )
                GROUP BY a.status""", subject, from, to)));

        @SuppressWarnings("unchecked")
        List<Object[]> outcomeRows = scoped("""
                SELECT o.type, COUNT(*), COUNT(*) FILTER (WHERE o.reaches_beyond_members),
                       SUM(o.estimated_beneficiaries) FILTER (WHERE o.reaches_beyond_members),
                       COUNT(*) FILTER (WHERE o.verified_on IS NOT NULL
                                        OR EXISTS (SELECT 1 FROM outcome_evidence e WHERE e.outcome_id = o.id))
                FROM outcome o
                WHERE o.occurred_on BETWEEN ?1 AND ?2 AND o.forum_id IN (""" + forums + """
                )
                GROUP BY o.type""", subject, from, to).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> storyRows = scoped("""
                SELECT f.name, o.occurred_on, o.type, o.description, o.reaches_beyond_members, o.estimated_beneficiaries,
                       o.women_share, o.youth_share,
                       (SELECT COUNT(*) FROM outcome_evidence e WHERE e.outcome_id = o.id), o.verified_on, o.verified_by
                FROM outcome o JOIN forum f ON f.id = o.forum_id
                WHERE o.occurred_on BETWEEN ?1 AND ?2 AND o.forum_id IN (""" + forums + """
                )
                ORDER BY o.reaches_beyond_members DESC, o.occurred_on DESC, f.name LIMIT ?5""", subject, from, to)
                .setParameter(5, stories).getResultList();
        List<OutcomeStory> storyList = storyRows.stream().map(r -> new OutcomeStory((String) r[0],
                ((java.sql.Date) r[1]).toLocalDate(), (String) r[2], ((String) r[3]).trim(), (Boolean) r[4],
                integer(r[5]), integer(r[6]), integer(r[7]), number(r[8]),
                r[9] == null ? null : ((java.sql.Date) r[9]).toLocalDate(), withoutNames ? null : (String) r[10])).toList();

        if (withoutNames && (!lessonList.isEmpty() || !storyList.isEmpty())) {
            Set<String> words = new HashSet<>();
            lessonList.forEach(l -> words.addAll(NameRedaction.words(l.text())));
            storyList.forEach(o -> words.addAll(NameRedaction.words(o.description())));
            Set<String> names = memberNamesAmong(words, scope, subject);
            lessonList = lessonList.stream()
                    .map(l -> new Lesson(l.forum(), l.heldOn(), NameRedaction.redact(l.text(), names))).toList();
            storyList = storyList.stream().map(o -> new OutcomeStory(o.forum(), o.occurredOn(), o.type(),
                    NameRedaction.redact(o.description(), names), o.beyondMembers(), o.beneficiaries(), o.womenShare(),
                    o.youthShare(), o.evidenceFiles(), o.verifiedOn(), null)).toList();
        }
        Outcomes outcomes = new Outcomes(outcomeRows.stream().map(r -> new Tally((String) r[0], number(r[1]))).toList(),
                outcomeRows.stream().mapToLong(r -> number(r[2])).sum(),
                outcomeRows.stream().mapToLong(r -> number(r[3])).sum(),
                outcomeRows.stream().mapToLong(r -> number(r[4])).sum(), storyList);
        return new Activity(monthLines, reflections, commitments, byAudience, byPurpose, lessonList, actions, outcomes);
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /**
     * Which of the given words (lower case) are a given or family name of a member of the report's
     * countries, looked up in PostgreSQL so that no list of members is loaded.
     */
    private Set<String> memberNamesAmong(Set<String> words, String scope, Object subject) {
        if (words.isEmpty()) {
            return Set.of();
        }
        String members = "SELECT m.id, m.given_name, m.family_name FROM member m JOIN country c ON c.id = m.country_id WHERE "
                + scope.replace("f.id = ?4", "m.id IN (SELECT ms.member_id FROM membership ms WHERE ms.forum_id = ?4)");
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("""
                        WITH words AS (SELECT unnest(string_to_array(?1, ' ')) AS word),
                        members AS (""" + members + """
                        )
                        SELECT w.word FROM words w JOIN members m ON lower(m.given_name) = w.word
                        UNION
                        SELECT w.word FROM words w JOIN members m ON lower(m.family_name) = w.word""")
                .setParameter(1, String.join(" ", words)).setParameter(4, subject).getResultList();
        return new HashSet<>(found);
    }

    /** What each forum of a country did in the period: meetings, attendance, commitments made and kept, communication. */
    private List<ForumActivity> forumActivity(String isoCode, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        WITH scoped AS (""" + FORUMS_IN_SCOPE.formatted("c.iso_code = ?4 AND" + FORUMS_OF_PERIOD) + """
                        ),
                        meetings AS (
                            SELECT mt.forum_id, COUNT(*) AS held, SUM(a.present) AS present, SUM(a.listed) AS listed
                            FROM meeting mt
                            CROSS JOIN LATERAL (
                                SELECT COUNT(*) FILTER (WHERE at.status = 'PRESENT') AS present, COUNT(*) AS listed
                                FROM attendance at WHERE at.meeting_id = mt.id) a
                            WHERE mt.held_on BETWEEN ?1 AND ?2 AND mt.forum_id IN (SELECT id FROM scoped)
                            GROUP BY mt.forum_id),
                        commitments AS (
                            SELECT mt.forum_id, COUNT(*) AS made, COUNT(*) FILTER (WHERE cm.status = 'KEPT') AS kept
                            FROM commitment cm JOIN meeting mt ON mt.id = cm.meeting_id
                            WHERE mt.held_on BETWEEN ?1 AND ?2 AND mt.forum_id IN (SELECT id FROM scoped)
                            GROUP BY mt.forum_id),
                        communication AS (
                            SELECT ce.forum_id, COUNT(*) AS contacts FROM communication_entry ce
                            WHERE ce.happened_on BETWEEN ?1 AND ?2 AND ce.forum_id IN (SELECT id FROM scoped)
                            GROUP BY ce.forum_id)
                        SELECT f.code, f.name, m.held, m.present, m.listed, k.made, k.kept, ce.contacts
                        FROM forum f JOIN scoped s ON s.id = f.id
                        LEFT JOIN meetings m ON m.forum_id = f.id
                        LEFT JOIN commitments k ON k.forum_id = f.id
                        LEFT JOIN communication ce ON ce.forum_id = f.id
                        ORDER BY f.name""")
                .setParameter(1, from).setParameter(2, to).setParameter(4, isoCode).getResultList();
        return rows.stream().map(r -> new ForumActivity((String) r[0], (String) r[1], number(r[2]), number(r[3]),
                number(r[4]), number(r[5]), number(r[6]), number(r[7]))).toList();
    }

    private Query scoped(String sql, Object subject, LocalDate from, LocalDate to) {
        return em.createNativeQuery(sql).setParameter(1, from).setParameter(2, to).setParameter(4, subject);
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
