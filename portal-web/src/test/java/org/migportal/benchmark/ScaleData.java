package org.migportal.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A programme at full scale, in set-based SQL so that it loads in seconds: 10 countries in 2
 * regions, 100 districts, 1,000 forums, 50,000 members with actors, and a seat in a forum for
 * each member (a fifth of them in a second forum). Names are synthetic; the mix of sexes, ages,
 * actor types and marginalised groups follows the demo data's.
 */
public final class ScaleData {

    private ScaleData() {
    }

    public static void load(DataSource dataSource, int forums, int members) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            sql.execute("SELECT set_config('portal.user', 'scale-data', true)");
            sql.execute("""
                    INSERT INTO region (code, name) VALUES ('R1', 'Scale region one'), ('R2', 'Scale region two')""");
            sql.execute("""
                    INSERT INTO country (iso_code, name, region_id, currency_code, youth_min_age, youth_max_age)
                    SELECT chr(81 + i / 26) || chr(65 + i % 26), 'Scale country ' || i,
                           (SELECT id FROM region WHERE code = CASE WHEN i % 2 = 0 THEN 'R1' ELSE 'R2' END),
                           'USD', 15 + i % 4, 29 + i % 7
                    FROM generate_series(0, 9) i""");
            sql.execute("""
                    INSERT INTO district (country_id, name, level)
                    SELECT c.id, 'District ' || c.iso_code || '-' || d, 'DISTRICT'
                    FROM country c CROSS JOIN generate_series(1, 10) d WHERE c.name LIKE 'Scale country %'""");
            sql.execute("""
                    INSERT INTO forum (code, name, district_id, market_system, vision, change_area, established_on,
                                       status, status_changed_on)
                    SELECT 'SC-' || f, 'Scale forum ' || f || ' on ' || (ARRAY['poultry','dairy','coir','hibiscus','ginger'])[1 + f % 5],
                           (SELECT id FROM district WHERE name LIKE 'District %' ORDER BY id OFFSET (f % 100) LIMIT 1),
                           (ARRAY['Poultry','Dairy','Coir','Hibiscus','Ginger'])[1 + f % 5],
                           'Members work together on constraint ' || f,
                           (ARRAY['CORE_MARKET_CHAIN','SUPPORTING_SERVICES','ENABLING_ENVIRONMENT'])[1 + f % 3],
                           date '2020-01-01' + (f % 1500),
                           (ARRAY['ACTIVE','ACTIVE','ACTIVE','RE_ENERGISING','DORMANT','PROPOSED'])[1 + f % 6],
                           date '2024-01-01'
                    FROM generate_series(1, ?) f""".replace("?", Integer.toString(forums)));
            sql.execute("""
                    INSERT INTO market_actor (country_id, district_id, name, actor_type)
                    SELECT d.country_id, d.id, 'Scale actor ' || a,
                           (ARRAY['SMALL_PRODUCER','SMALL_PRODUCER','SMALL_PRODUCER','TRADER','TRADER','PROCESSOR',
                                  'INPUT_SUPPLIER','LARGE_BUSINESS','GOVERNMENT','RESEARCH','NGO','FINANCIAL_SERVICE',
                                  'ASSOCIATION'])[1 + a % 13]
                    FROM generate_series(1, ?) a
                    JOIN LATERAL (SELECT id, country_id FROM district WHERE name LIKE 'District %'
                                  ORDER BY id OFFSET (a % 100) LIMIT 1) d ON true""".replace("?", Integer.toString(members / 5)));
            sql.execute("""
                    INSERT INTO member (country_id, actor_id, given_name, family_name, sex, birth_year, consent_given, consent_date)
                    SELECT a.country_id, a.id, 'Given' || m, 'Family' || (m % 997),
                           CASE WHEN m % 100 < 46 THEN 'FEMALE' ELSE 'MALE' END,
                           1950 + m % 58, m % 100 < 92, CASE WHEN m % 100 < 92 THEN date '2024-06-01' END
                    FROM generate_series(1, :members) m
                    JOIN market_actor a ON a.name = 'Scale actor ' || (1 + m % :actors)"""
                    .replace(":members", Integer.toString(members)).replace(":actors", Integer.toString(members / 5)));
            sql.execute("""
                    INSERT INTO member_marginalisation (member_id, grp)
                    SELECT id, (ARRAY['DISABILITY','ETHNIC_MINORITY','INDIGENOUS','DISPLACED','LANDLESS'])[1 + id % 5]
                    FROM member WHERE given_name LIKE 'Given%' AND id % 7 = 0""");
            // A seat for every member in a forum of their country; every fifth member also sits in a second one.
            sql.execute("""
                    WITH forums_of_country AS (
                        SELECT f.id, d.country_id, row_number() OVER (PARTITION BY d.country_id ORDER BY f.id) - 1 AS n
                        FROM forum f JOIN district d ON d.id = f.district_id WHERE f.code LIKE 'SC-%'),
                    totals AS (SELECT country_id, count(*) AS total FROM forums_of_country GROUP BY country_id)
                    INSERT INTO membership (forum_id, member_id, role, selection, joined_on, contribution_hours)
                    SELECT fc.id, m.id, 'MEMBER', 'VOLUNTEERED', date '2024-01-01' + (m.id % 300)::int,
                           CASE WHEN m.id % 3 = 0 THEN 4 END
                    FROM member m
                    JOIN totals t ON t.country_id = m.country_id
                    JOIN forums_of_country fc ON fc.country_id = m.country_id
                         AND (fc.n = m.id % t.total OR (m.id % 5 = 0 AND fc.n = (m.id / 5) % t.total))
                    WHERE m.given_name LIKE 'Given%'""");
            sql.execute("ANALYZE");
            db.commit();
        }
    }

    /**
     * What the scale forums did in 2026, for the reports: 8 meetings each (a ninth for every third forum;
     * the sixth is a reflection with lessons), attendance of every seated member at each (about 500,000
     * rows: 70% present), a commitment for every 25th attendance row, 10 communication log entries, 6
     * work-plan actions and 2 outcomes per forum. The audit trail is switched off for this load
     * ({@code session_replication_role}, which also skips the foreign-key triggers: the rows are built from
     * existing ones), as a data migration would: half a million audit rows would measure nothing of the reports.
     */
    public static void loadActivity(DataSource dataSource) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            sql.execute("SET LOCAL session_replication_role = replica");
            sql.execute("""
                    INSERT INTO meeting (forum_id, kind, held_on, place, lessons)
                    SELECT f.id, CASE WHEN k = 5 THEN 'REFLECTION' ELSE 'REGULAR' END,
                           date '2026-01-05' + k * 30 + (f.id % 20)::int, 'Market hall',
                           CASE WHEN k = 5 THEN 'Members who keep records get loans first; forum ' || f.code
                                || ' will train the others before the next loan round.' END
                    FROM forum f CROSS JOIN generate_series(0, 8) k
                    WHERE f.code LIKE 'SC-%' AND (k < 8 OR f.id % 3 = 0)""");
            sql.execute("""
                    INSERT INTO attendance (meeting_id, member_id, status)
                    SELECT DISTINCT ON (mt.id, ms.member_id) mt.id, ms.member_id,
                           CASE WHEN (mt.id + ms.member_id) % 10 < 7 THEN 'PRESENT'
                                WHEN (mt.id + ms.member_id) % 10 < 8 THEN 'APOLOGIES' ELSE 'ABSENT' END
                    FROM meeting mt JOIN forum f ON f.id = mt.forum_id AND f.code LIKE 'SC-%'
                    JOIN membership ms ON ms.forum_id = mt.forum_id""");
            sql.execute("""
                    INSERT INTO commitment (meeting_id, member_id, description, due_on, first_due_on, status)
                    SELECT a.meeting_id, a.member_id, 'Bring price information from the main market',
                           mt.held_on + 30, mt.held_on + 30,
                           (ARRAY['KEPT','KEPT','OPEN','BROKEN','RENEGOTIATED','KEPT','NOT_POSSIBLE'])[1 + a.id % 7]
                    FROM attendance a JOIN meeting mt ON mt.id = a.meeting_id JOIN forum f ON f.id = mt.forum_id
                    WHERE f.code LIKE 'SC-%' AND a.id % 25 = 0""");
            sql.execute("""
                    INSERT INTO communication_entry (forum_id, happened_on, kind, audience, channel, purpose, summary)
                    SELECT f.id, date '2026-01-10' + (g * 33 + f.id % 30)::int,
                           (ARRAY['MEMBER_TO_MEMBER','INTERNAL','EXTERNAL'])[1 + g % 3],
                           CASE WHEN g % 3 = 2 THEN (ARRAY['GOVERNMENT','LARGE_COMPANY','DEVELOPMENT_PROGRAMME','MEDIA','OTHER'])[1 + (g + f.id) % 5] END,
                           (ARRAY['MEETING','PHONE','MESSAGE','EMAIL','VISIT'])[1 + g % 5],
                           (ARRAY['NETWORKING','COORDINATION','LOBBYING_ADVOCACY','INFORMATION_SHARING','BUSINESS_DEAL'])[1 + (g * 7 + f.id) % 5],
                           'Contact ' || g || ' of forum ' || f.code
                    FROM forum f CROSS JOIN generate_series(0, 9) g WHERE f.code LIKE 'SC-%'""");
            sql.execute("""
                    INSERT INTO action (forum_id, title, payer, due_on, status, done_on)
                    SELECT f.id, 'Action ' || g || ' of forum ' || f.code, 'MEMBERS_OWN', date '2026-02-01' + g * 45,
                           (ARRAY['DONE','DONE','IN_PROGRESS','PLANNED','DROPPED','DONE'])[1 + g],
                           CASE WHEN g IN (0, 1, 5) THEN date '2026-02-01' + g * 45 END
                    FROM forum f CROSS JOIN generate_series(0, 5) g WHERE f.code LIKE 'SC-%'""");
            sql.execute("""
                    INSERT INTO outcome (forum_id, occurred_on, type, description, reaches_beyond_members,
                                         estimated_beneficiaries, women_share, youth_share, verified_by, verified_on)
                    SELECT f.id, date '2026-03-01' + (g * 120 + f.id % 40)::int,
                           (ARRAY['SERVICE_IMPROVED','MARKET_ACCESS','POLICY_CHANGED','PRICE_INCOME'])[1 + (g + f.id) % 4],
                           'The county opened a collection point after forum ' || f.code || ' asked for one.',
                           g = 0, CASE WHEN g = 0 THEN 200 + f.id % 800 END, 45, 30,
                           CASE WHEN f.id % 2 = 0 THEN 'County office' END, CASE WHEN f.id % 2 = 0 THEN date '2026-11-01' END
                    FROM forum f CROSS JOIN generate_series(0, 1) g WHERE f.code LIKE 'SC-%'""");
            sql.execute("ANALYZE");
            db.commit();
        }
    }
}
