package org.migportal.devserver;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo programme's report schedules: the quarterly donor report for Kenya and Sudan, attached and published
 * to the donors, and Kenya's monthly country report in French as a link for the country office. Their next runs
 * are the start of the next quarter and month, so the demo shows them waiting; "Run now" sends one at once (the
 * start command's mail server saves it in {@code .data/mail/}).
 */
final class ScheduleDemo {

    private final Connection db;

    ScheduleDemo(Connection db) {
        this.db = db;
    }

    void load(LocalDate today) throws SQLException {
        LocalDate nextMonth = today.withDayOfMonth(1).plusMonths(1);
        int offset = (nextMonth.getMonthValue() - 1) % 3;
        LocalDate nextQuarter = offset == 0 ? nextMonth : nextMonth.plusMonths(3 - offset);
        schedule("DONOR", "en", "QUARTERLY", nextQuarter, true, true, "programme.admin", List.of("KE", "SD"),
                List.of("grants@lakeregion-fund.example.org", "programme.officer@lakeregion-fund.example.org"));
        schedule("COUNTRY", "fr", "MONTHLY", nextMonth, false, false, "officer.kenya", List.of("KE"),
                List.of("kenya.office@mig-programme.example.org"));
    }

    private void schedule(String type, String language, String frequency, LocalDate nextRunOn, boolean attach,
            boolean publish, String createdBy, List<String> countries, List<String> recipients) throws SQLException {
        long id;
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO report_schedule (report_type, language, frequency, next_run_on, attach_file,
                    publish_to_donors, active, created_by) VALUES (?, ?, ?, ?, ?, ?, true, ?)""", new String[] {"id"})) {
            insert.setString(1, type);
            insert.setString(2, language);
            insert.setString(3, frequency);
            insert.setDate(4, Date.valueOf(nextRunOn));
            insert.setBoolean(5, attach);
            insert.setBoolean(6, publish);
            insert.setString(7, createdBy);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        for (String country : countries) {
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO report_schedule_country (report_schedule_id, country_id)
                    SELECT ?, id FROM country WHERE iso_code = ?""")) {
                insert.setLong(1, id);
                insert.setString(2, country);
                insert.executeUpdate();
            }
        }
        for (String recipient : recipients) {
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO report_schedule_recipient (report_schedule_id, email) VALUES (?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, recipient);
                insert.executeUpdate();
            }
        }
    }
}
