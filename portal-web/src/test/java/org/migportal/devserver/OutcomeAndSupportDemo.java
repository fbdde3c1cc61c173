package org.migportal.devserver;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.migportal.testing.SamplePdf;

/**
 * The demo programme's outcomes (the Kisumu finance forum's loan product with a small PDF as evidence, the
 * Kassala Livestock Forum's end of double taxation: the guidance's own example) and the programme support given
 * to those two forums, one of them running longer than planned. Dates follow today. Runs after {@link DemoData}
 * has loaded the forums; finds them by code, and links an outcome to a done action of its forum if the work-plan
 * demo has recorded one.
 */
final class OutcomeAndSupportDemo {

    private record OutcomeDef(String forumCode, LocalDate on, String type, String description, boolean beyond,
            String beyondNote, Integer beneficiaries, Integer women, Integer youth, String evidenceNote,
            String verifiedBy, LocalDate verifiedOn, String pdfText) {
    }

    private record SupportDef(String forumCode, String kind, String amount, String currency, LocalDate starts,
            LocalDate plannedEnd, LocalDate ends, String purpose) {
    }

    private final Connection db;
    private final LocalDate today;

    OutcomeAndSupportDemo(Connection db, LocalDate today) {
        this.db = db;
        this.today = today;
    }

    void load() throws SQLException {
        for (OutcomeDef o : outcomes()) {
            long forumId = single("SELECT id FROM forum WHERE code = ?", o.forumCode());
            long outcomeId = insert("""
                    INSERT INTO outcome (forum_id, occurred_on, type, description, reaches_beyond_members,
                        beyond_members_note, estimated_beneficiaries, women_share, youth_share, evidence_note,
                        verified_by, verified_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    forumId, Date.valueOf(o.on()), o.type(), o.description(), o.beyond(), o.beyondNote(),
                    o.beneficiaries(), o.women(), o.youth(), o.evidenceNote(), o.verifiedBy(),
                    o.verifiedOn() == null ? null : Date.valueOf(o.verifiedOn()));
            try (PreparedStatement done = db.prepareStatement(
                    "SELECT id FROM action WHERE forum_id = ? AND status = 'DONE' ORDER BY done_on DESC LIMIT 1")) {
                done.setLong(1, forumId);
                try (ResultSet rs = done.executeQuery()) {
                    if (rs.next()) {
                        execute("INSERT INTO outcome_action (outcome_id, action_id) VALUES (?, ?)", outcomeId, rs.getLong(1));
                    }
                }
            }
            if (o.pdfText() != null) {
                byte[] pdf = SamplePdf.of(o.pdfText());
                long evidenceId = insert("""
                        INSERT INTO outcome_evidence (outcome_id, file_name, content_type, size_bytes, sha256,
                            uploaded_by, uploaded_at) VALUES (?, ?, 'application/pdf', ?, ?, 'officer.kenya', ?)""",
                        outcomeId, "sacco-loan-product-letter.pdf", pdf.length, sha256(pdf),
                        Timestamp.valueOf(o.on().plusDays(10).atTime(10, 30)));
                execute("INSERT INTO outcome_evidence_file (outcome_evidence_id, content) VALUES (?, ?)", evidenceId, pdf);
            }
        }
        for (SupportDef s : supports()) {
            insert("""
                    INSERT INTO programme_support (forum_id, kind, amount, currency, starts_on, planned_end_on, ends_on,
                        purpose) VALUES ((SELECT id FROM forum WHERE code = ?), ?, ?, ?, ?, ?, ?, ?)""",
                    s.forumCode(), s.kind(), new BigDecimal(s.amount()), s.currency(), Date.valueOf(s.starts()),
                    Date.valueOf(s.plannedEnd()), s.ends() == null ? null : Date.valueOf(s.ends()), s.purpose());
        }
    }

    private List<OutcomeDef> outcomes() {
        return List.of(
                new OutcomeDef("KE-KSM-FIN", today.minusMonths(4), "NEW_BUSINESS_ARRANGEMENT",
                        "Kisumu Savings and Credit Co-operative launched a poultry loan repaid at the end of each laying "
                                + "cycle, after the forum's producers and the SACCO worked out the terms together.",
                        true, "Any poultry producer of the county can apply, member of the forum or not.",
                        420, 55, 30, "Letter from the SACCO announcing the product; first loans paid out.",
                        "Kisumu County Co-operative Officer", today.minusMonths(3),
                        "Kisumu SACCO: poultry loan product, repaid per laying cycle"),
                new OutcomeDef("KE-KSM-FIN", today.minusMonths(1), "KNOWLEDGE_SKILLS",
                        "Twelve members learnt to keep simple flock records that the SACCO accepts with a loan application.",
                        false, null, 12, 67, 42, null, null, null, null),
                new OutcomeDef("SD-KSL-LVS", today.minusMonths(14), "POLICY_CHANGED",
                        "The state removed the second tax on livestock moving across the borders of Kassala, after the "
                                + "forum lobbied the Ministry of Animal Resources.",
                        true, "Every pastoralist and trader moving livestock through Kassala pays one tax instead of two.",
                        12000, 10, 25, "State decree; traders' receipts before and after.",
                        "Kassala Ministry of Animal Resources", today.minusMonths(12), null));
    }

    private List<SupportDef> supports() {
        return List.of(
                new SupportDef("KE-KSM-FIN", "FACILITATION", "180000", "KES", today.minusMonths(18), today.minusMonths(6),
                        null, "A facilitator's time for the forum's meetings and its links with the SACCO."),
                new SupportDef("KE-KSM-FIN", "SUBSIDY", "250000", "KES", today.minusMonths(15), today.minusMonths(3),
                        today.minusMonths(3), "Meeting costs for the first year, tapering off."),
                new SupportDef("SD-KSL-LVS", "SUBSIDY", "1200000", "SDG", today.minusMonths(24), today.minusMonths(12),
                        today.minusMonths(12), "Travel to Kassala town for the lobbying meetings."),
                new SupportDef("SD-KSL-LVS", "TRAINING", "4000", "USD", today.minusMonths(8), today.minusMonths(7),
                        today.minusMonths(7), "Training on advocacy with the state assembly."));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long single(String sql, Object... values) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            bind(query, values);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("Nothing found: " + sql + " " + List.of(values));
                }
                return rs.getLong(1);
            }
        }
    }

    private void execute(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, values);
            statement.executeUpdate();
        }
    }

    private long insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, new String[] {"id"})) {
            bind(statement, values);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
