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
}
