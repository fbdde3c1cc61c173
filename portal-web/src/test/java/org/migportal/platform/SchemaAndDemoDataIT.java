package org.migportal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.migportal.devserver.DemoData;
import org.migportal.testing.TestDatabase;

/**
 * The Flyway migrations on a real PostgreSQL, the constraints that keep data sound, and the demo
 * programme the start command loads.
 */
class SchemaAndDemoDataIT {

    @Test
    void migrationsAreAppliedAndUpToDate() throws Exception {
        Flyway flyway = Flyway.configure().dataSource(TestDatabase.portal())
                .locations("classpath:db/migration").load();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).isNotEmpty();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void demoProgrammeHasFourCountriesInTwoRegionsWithForumsAtEveryStage() throws Exception {
        assertThat(single("SELECT count(*) FROM country")).isEqualTo(4);
        assertThat(single("SELECT count(DISTINCT region_id) FROM country")).isEqualTo(2);
        assertThat(single("SELECT count(DISTINCT status) FROM forum")).isEqualTo(5);
        assertThat(single("SELECT count(*) FROM forum f JOIN district d ON d.id = f.district_id "
                + "JOIN country c ON c.id = d.country_id WHERE c.iso_code = 'KE'")).isGreaterThanOrEqualTo(3);
        assertThat(single("SELECT count(*) FROM member")).isBetween(200L, 600L);
    }

    @Test
    void demoMembersAreARealisticMix() throws Exception {
        long members = single("SELECT count(*) FROM member");
        long women = single("SELECT count(*) FROM member WHERE sex = 'FEMALE'");
        long actorTypes = single("SELECT count(DISTINCT actor_type) FROM market_actor");
        assertThat(100.0 * women / members).as("share of women").isBetween(30.0, 60.0);
        assertThat(actorTypes).isGreaterThanOrEqualTo(8);
        assertThat(single("SELECT count(*) FROM member_marginalisation")).isPositive();
    }

    @Test
    void theSecretaryDemoUsersForumHasTheirSeatAndEveryActiveForumOneChair() throws Exception {
        assertThat(single("""
                SELECT count(*) FROM membership ms JOIN member m ON m.id = ms.member_id
                JOIN forum f ON f.id = ms.forum_id
                WHERE f.code = 'KE-KSM-FIN' AND ms.role = 'SECRETARY' AND m.family_name = 'Ouma'""")).isEqualTo(1);
        assertThat(single("""
                SELECT count(*) FROM forum f WHERE f.status = 'ACTIVE' AND 1 <> (SELECT count(*) FROM membership ms
                WHERE ms.forum_id = f.id AND ms.role = 'CHAIR' AND ms.left_on IS NULL)
                AND f.id IN (SELECT a.record_id FROM audit_entry a
                             WHERE a.record_type = 'forum' AND a.action = 'CREATE' AND a.username = 'demo-data')""")).isZero();
    }

    @Test
    void loadingTwiceAddsNothing() throws Exception {
        long before = single("SELECT count(*) FROM member");
        assertThat(DemoData.loadIfEmpty(TestDatabase.portal())).isFalse();
        assertThat(single("SELECT count(*) FROM member")).isEqualTo(before);
    }

    @Test
    void theDatabaseRefusesAClosedForumWithoutLessonsAndASecondChair() throws Exception {
        assertThatThrownBy(() -> execute("UPDATE forum SET status = 'CLOSED', lessons_learned = ' ' WHERE code = 'KE-KSM-MKT'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("check");
        assertThatThrownBy(() -> execute("""
                UPDATE membership SET role = 'CHAIR' WHERE id = (SELECT ms.id FROM membership ms
                JOIN forum f ON f.id = ms.forum_id WHERE f.code = 'KE-KSM-FIN' AND ms.role = 'MEMBER'
                AND ms.left_on IS NULL LIMIT 1)"""))
                .isInstanceOf(SQLException.class).hasMessageContaining("membership_one_chair_uq");
        assertThatThrownBy(() -> execute("UPDATE forum SET change_area = 'SOMEWHERE' WHERE code = 'KE-KSM-MKT'"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void afterAnInsertLastvalIsTheNewRowsIdAsEclipseLinkExpects() throws Exception {
        try (Connection c = TestDatabase.portal().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false); // rolled back below: other tests share this database
            for (String insert : List.of(
                    "INSERT INTO market_actor (country_id, name, actor_type) SELECT id, 'Lastval Traders', 'TRADER' FROM country WHERE iso_code = 'KE'",
                    "INSERT INTO forum (code, name, district_id, market_system, vision, change_area, status, status_changed_on) "
                            + "SELECT 'KE-LAST-VAL', 'Lastval forum', id, 'Poultry', 'v', 'CORE_MARKET_CHAIN', 'PROPOSED', current_date "
                            + "FROM district WHERE name = 'Kisumu'")) {
                s.executeUpdate(insert);
                try (ResultSet rs = s.executeQuery("SELECT lastval()")) {
                    rs.next();
                    long lastval = rs.getLong(1);
                    String table = insert.split(" ")[2];
                    try (Statement max = c.createStatement(); ResultSet id = max.executeQuery("SELECT max(id) FROM " + table)) {
                        id.next();
                        assertThat(lastval).as(table).isEqualTo(id.getLong(1));
                    }
                }
            }
            c.rollback();
        }
    }

    private static long single(String sql) throws Exception {
        DataSource ds = TestDatabase.portal();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = TestDatabase.portal().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
