package org.migportal.devserver;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Outcomes of the other demo forums over the last two years (the Kisumu finance forum's, with evidence and the
 * actions behind them, come from {@link OutcomeAndSupportDemo}), so that the forum health dashboard's chart and
 * its "months since the last outcome" have something to show, and the Kisumu finance forum is a healthy
 * one (its members keep their commitments). (The Homa Bay skills forum, which stopped meeting, is the one that needs attention: see
 * {@link DemoData}'s meetings.) Runs after {@link DemoData} has loaded the forums and meetings; finds them by code.
 */
final class HealthDemo {

    private record OutcomeDef(String forumCode, int monthsAgo, String type, String description, boolean beyondMembers,
            Integer beneficiaries, Integer womenShare, Integer youthShare) {
    }

    private static final List<OutcomeDef> OUTCOMES = List.of(
            new OutcomeDef("KE-KSM-MKT", 4, "MARKET_ACCESS",
                    "Two hotels buy weekly from producer groups at the prices shared in the forum.", true, 120, 50, 20),
            new OutcomeDef("KE-KSM-MKT", 16, "NEW_BUSINESS_ARRANGEMENT",
                    "Traders and producers agreed a written grading scheme for live birds.", true, 300, 45, 25),
            new OutcomeDef("SD-KSL-LVS", 5, "POLICY_CHANGED",
                    "Kassala and Gedaref states stopped taxing the same herd twice at their border.", true, 1500, 20, 30),
            new OutcomeDef("SD-KSL-HIB", 13, "PRICE_INCOME",
                    "Graded hibiscus fetched a premium from two exporters.", true, 600, 70, 25));

    private final Connection db;
    private final LocalDate today = LocalDate.now();

    HealthDemo(Connection db) {
        this.db = db;
    }

    void load() throws SQLException {
        // The Kisumu finance forum's members keep their promises: all but its two latest overdue ones were kept.
        try (PreparedStatement kept = db.prepareStatement("""
                UPDATE commitment SET status = 'KEPT', status_changed_on = due_on, note = NULL
                WHERE id IN (SELECT c.id FROM commitment c JOIN meeting m ON m.id = c.meeting_id
                             JOIN forum f ON f.id = m.forum_id
                             WHERE f.code = 'KE-KSM-FIN' AND c.status IN ('OPEN', 'RENEGOTIATED') AND c.due_on < ?
                             ORDER BY c.due_on DESC OFFSET 2)""")) {
            kept.setDate(1, Date.valueOf(today));
            kept.executeUpdate();
        }
        for (OutcomeDef o : OUTCOMES) {
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO outcome (forum_id, occurred_on, type, description, reaches_beyond_members,
                        estimated_beneficiaries, women_share, youth_share)
                    SELECT id, ?, ?, ?, ?, ?, ?, ? FROM forum WHERE code = ?""")) {
                insert.setDate(1, Date.valueOf(today.minusMonths(o.monthsAgo())));
                insert.setString(2, o.type());
                insert.setString(3, o.description());
                insert.setBoolean(4, o.beyondMembers());
                insert.setObject(5, o.beneficiaries());
                insert.setObject(6, o.womenShare());
                insert.setObject(7, o.youthShare());
                insert.setString(8, o.forumCode());
                insert.executeUpdate();
            }
        }
    }
}
