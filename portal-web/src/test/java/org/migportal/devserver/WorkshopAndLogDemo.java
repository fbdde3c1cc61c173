package org.migportal.devserver;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo programme's market-mapping workshops, whose picked constraints became the demo forums
 * (as in the guidance's Kenyan example: access to finance, market information, knowledge and
 * skills), and the communication logs of the active forums, one entry of each kind and more.
 * Runs after {@link DemoData} has loaded the forums and their members; finds them by code.
 */
final class WorkshopAndLogDemo {

    private record ConstraintDef(String name, String description, String changeArea, int votes, String forumCode) {
    }

    private record WorkshopDef(String district, LocalDate heldOn, String marketSystem, int participantCount,
            String participants, List<ConstraintDef> constraints) {
    }

    /** A log entry; parties are the forum's members by seat (0 the chair, 1 the coordinator, …). */
    private record EntryDef(String forumCode, LocalDate on, String kind, String audience, String channel, String purpose,
            List<Integer> seats, String outside, String summary, String followUp, String outcome) {
    }

    private static final List<WorkshopDef> WORKSHOPS = List.of(
            new WorkshopDef("Kisumu", LocalDate.of(2024, 2, 27), "Poultry", 31, """
                    Kisumu County Department of Livestock
                    Kisumu Producers Co-operative
                    Kisumu Feeds and Seeds
                    Kisumu Savings and Credit Co-operative
                    Lake Hotels Association
                    Maseno University poultry unit
                    Practical Action (Kisumu)""", List.of(
                    new ConstraintDef("Access to finance", "Producers cannot borrow on terms that fit a laying or broiler cycle, so flocks stay small and feed is bought in small, dear lots.",
                            "SUPPORTING_SERVICES", 21, "KE-KSM-FIN"),
                    new ConstraintDef("Market information", "Producers sell blind: prices and the hotels\u2019 demand are known only to a few traders.",
                            "CORE_MARKET_CHAIN", 17, "KE-KSM-MKT"),
                    new ConstraintDef("Knowledge and skills", "Vaccination, feed formulation and housing advice do not reach most producers.",
                            "SUPPORTING_SERVICES", 14, "KE-HMB-SKL"),
                    new ConstraintDef("Feed quality", "Feed sold loose is often diluted.", "SUPPORTING_SERVICES", 9, null),
                    new ConstraintDef("Roads to the markets", "Rains cut the murram roads to the town markets.", "ENABLING_ENVIRONMENT", 6, null))),
            new WorkshopDef("Siaya", LocalDate.of(2026, 8, 12), "Fish", 24, "Beach management units of Usenge and Wichlum\nSiaya Women Fish Traders\nSiaya Department of Fisheries", List.of(
                    new ConstraintDef("Cold storage at the beaches", "Women traders lose fish to heat before they reach the market.", "CORE_MARKET_CHAIN", 15, "KE-SYA-FSH"),
                    new ConstraintDef("Fair access to the catch", "Boat owners sell first to traders who pre-finance them.", "CORE_MARKET_CHAIN", 8, null))),
            new WorkshopDef("Kassala", LocalDate.of(2019, 8, 20), "Livestock", 35, "Kassala Livestock Traders Union\nPastoralist associations of Kassala\nKassala Ministry of Animal Resources\nKassala Chamber of Commerce", List.of(
                    new ConstraintDef("Double taxation across state borders", "Livestock moving to market is taxed again at every state border.", "ENABLING_ENVIRONMENT", 28, "SD-KSL-LVS"),
                    new ConstraintDef("Barriers to export", "Export permits and quarantine take weeks.", "ENABLING_ENVIRONMENT", 19, null),
                    new ConstraintDef("Veterinary services", "Vaccines and vets rarely reach the grazing areas.", "SUPPORTING_SERVICES", 8, null))),
            new WorkshopDef("Kassala", LocalDate.of(2021, 1, 10), "Hibiscus", 27, "Hibiscus growers of Kassala and Gedaref\nKassala Exporters Ltd\nAgricultural Research Corporation", List.of(
                    new ConstraintDef("Grading and fair agreements", "Exporters buy ungraded hibiscus at one low price, without written agreements.", "CORE_MARKET_CHAIN", 15, "SD-KSL-HIB"),
                    new ConstraintDef("Quality seed for women growers", "Women growers in Gedaref replant their own degenerated seed.", "SUPPORTING_SERVICES", 12, "SD-GDF-HIB"))),
            new WorkshopDef("Puttalam", LocalDate.of(2020, 7, 15), "Coir", 29, "Puttalam coir fibre millers\nRope makers\u2019 societies\nCoconut Development Authority", List.of(
                    new ConstraintDef("Export quality", "Fibre is rejected by exporters for length and moisture.", "CORE_MARKET_CHAIN", 18, "LK-PTL-COIR"),
                    new ConstraintDef("Affordable decorticating machinery", "Small mills cannot buy or repair decorticators.", "SUPPORTING_SERVICES", 13, "LK-KRN-COIR"))),
            new WorkshopDef("Kavrepalanchok", LocalDate.of(2022, 3, 2), "Vegetables", 33, "Kavre vegetable growers\u2019 groups\nKathmandu wholesalers\nDistrict Agriculture Development Office", List.of(
                    new ConstraintDef("Collection centres run by growers", "Growers sell at the farm gate to whoever comes.", "CORE_MARKET_CHAIN", 20, "NP-KVR-VEG"),
                    new ConstraintDef("Export standards for ginger", "Rhizome rot and poor washing close export markets.", "ENABLING_ENVIRONMENT", 16, "NP-DHD-GIN"),
                    new ConstraintDef("Irrigation in the dry season", "Off-season production needs water the growers do not have.", "SUPPORTING_SERVICES", 10, null))));

    private static final List<EntryDef> ENTRIES = List.of(
            new EntryDef("KE-KSM-FIN", LocalDate.of(2026, 9, 3), "EXTERNAL", "GOVERNMENT", "MEETING", "LOBBYING_ADVOCACY", List.of(0, 1),
                    "Kisumu County Executive for Agriculture",
                    "The chair and coordinator asked the county to guarantee part of the SACCO loans to poultry producers from its enterprise fund.",
                    "Send the county the forum\u2019s loan-cycle proposal by the end of September.",
                    "The county agreed to table a guarantee scheme in the next budget."),
            new EntryDef("KE-KSM-FIN", LocalDate.of(2026, 8, 21), "MEMBER_TO_MEMBER", null, "PHONE", "BUSINESS_DEAL", List.of(3, 5),
                    null, "The treasurer and a feed supplier agreed that members can buy feed in bulk on 30 days\u2019 credit.",
                    "Draw up the list of members who want to join the bulk order.", "First bulk order of 120 bags delivered."),
            new EntryDef("KE-KSM-FIN", LocalDate.of(2026, 7, 30), "INTERNAL", null, "MEETING", "INFORMATION_SHARING", List.of(6),
                    "Loans committee of the Savings and Credit Co-operative",
                    "A member briefed her SACCO\u2019s loans committee on the forum\u2019s proposal for loans repaid after each sale of birds.",
                    "The committee will ask the board for a pilot.", null),
            new EntryDef("KE-KSM-FIN", LocalDate.of(2026, 6, 12), "EXTERNAL", "MEDIA", "VISIT", "INFORMATION_SHARING", List.of(0),
                    "Reporter, Lake Region radio", "The chair explained on the radio how producers can join the forum\u2019s savings groups.",
                    null, "Twelve producers asked to join after the broadcast."),
            new EntryDef("KE-KSM-MKT", LocalDate.of(2026, 9, 10), "EXTERNAL", "LARGE_COMPANY", "MEETING", "BUSINESS_DEAL", List.of(0, 2),
                    "Purchasing manager, Lake Hotels Group",
                    "The forum presented weekly price and supply sheets to the hotel group, which wants a steady supply of kienyeji chicken.",
                    "Agree the grades and the delivery day.", "A trial order of 200 birds a week."),
            new EntryDef("KE-KSM-MKT", LocalDate.of(2026, 8, 2), "MEMBER_TO_MEMBER", null, "MESSAGE", "COORDINATION", List.of(1, 4),
                    null, "The coordinator and vice-chair set up a text-message group to share Kisumu market prices each Monday.",
                    null, "Prices shared weekly since August."),
            new EntryDef("KE-KSM-MKT", LocalDate.of(2026, 7, 15), "INTERNAL", null, "EMAIL", "INFORMATION_SHARING", List.of(3),
                    "Management of the member\u2019s trading company",
                    "A trader member told his company\u2019s managers about the forum\u2019s price sheets and asked to share their buying prices.",
                    "Managers to decide whether to publish prices.", null),
            new EntryDef("SD-KSL-LVS", LocalDate.of(2026, 5, 18), "EXTERNAL", "GOVERNMENT", "LETTER", "LOBBYING_ADVOCACY", List.of(0),
                    "Federal Ministry of Animal Resources",
                    "The forum wrote to the ministry asking it to simplify export permits and quarantine for live animals.",
                    "Follow up with the state minister at the next livestock conference.", "The ministry invited the forum to its export committee."),
            new EntryDef("SD-KSL-LVS", LocalDate.of(2026, 4, 6), "MEMBER_TO_MEMBER", null, "MEETING", "NETWORKING", List.of(2, 7),
                    null, "Traders and pastoralist members met at the Kassala market to plan joint transport to Port Sudan.", null, null),
            new EntryDef("SD-KSL-LVS", LocalDate.of(2026, 3, 1), "INTERNAL", null, "MEETING", "COORDINATION", List.of(1),
                    "Board of the Kassala Chamber of Commerce",
                    "The coordinator asked the chamber\u2019s board to host the forum\u2019s export desk.", null, "The chamber gave the forum an office."),
            new EntryDef("SD-KSL-HIB", LocalDate.of(2026, 6, 20), "EXTERNAL", "DEVELOPMENT_PROGRAMME", "MEETING", "COORDINATION", List.of(0),
                    "Hibiscus value chain programme officer",
                    "The forum and the programme agreed to align their grading trainings.", "Share the training calendar.", null),
            new EntryDef("LK-PTL-COIR", LocalDate.of(2026, 7, 8), "EXTERNAL", "GOVERNMENT", "VISIT", "LOBBYING_ADVOCACY", List.of(0, 1),
                    "Coconut Development Authority, regional office",
                    "Millers asked the authority to test fibre moisture at the mills rather than at the port.", null, null),
            new EntryDef("LK-PTL-COIR", LocalDate.of(2026, 6, 2), "MEMBER_TO_MEMBER", null, "MEETING", "BUSINESS_DEAL", List.of(2, 3),
                    null, "A miller and a rope maker agreed a monthly fibre supply at a fixed price.", null, "Contract signed for six months."),
            new EntryDef("NP-KVR-VEG", LocalDate.of(2026, 8, 14), "EXTERNAL", "LARGE_COMPANY", "PHONE", "BUSINESS_DEAL", List.of(1),
                    "Kalimati wholesaler", "The coordinator agreed collection-centre pick-ups twice a week with a Kathmandu wholesaler.", null, null),
            new EntryDef("NP-KVR-VEG", LocalDate.of(2026, 7, 3), "INTERNAL", null, "MEETING", "INFORMATION_SHARING", List.of(0),
                    "Executive committee of the growers\u2019 co-operative",
                    "The chair reported the forum\u2019s collection-centre plan to the co-operative\u2019s committee.", null, null),
            new EntryDef("NP-DHD-GIN", LocalDate.of(2026, 5, 27), "EXTERNAL", "MEDIA", "OTHER", "INFORMATION_SHARING", List.of(0),
                    "Local FM station", "The forum explained on air how to wash and dry ginger for export.", null, null),
            new EntryDef("LK-KRN-COIR", LocalDate.of(2026, 4, 22), "MEMBER_TO_MEMBER", null, "VISIT", "NETWORKING", List.of(0, 2),
                    null, "Members visited a mill that repairs its own decorticators to learn how.", null, null));

    private final Connection db;

    WorkshopAndLogDemo(Connection db) {
        this.db = db;
    }

    void load() throws SQLException {
        for (WorkshopDef w : WORKSHOPS) {
            long workshopId = insert("""
                    INSERT INTO workshop (district_id, held_on, market_system, participant_count, participants)
                    VALUES ((SELECT id FROM district WHERE name = ?), ?, ?, ?, ?)""",
                    w.district(), Date.valueOf(w.heldOn()), w.marketSystem(), w.participantCount(), w.participants());
            for (ConstraintDef c : w.constraints()) {
                long constraintId = insert("""
                        INSERT INTO workshop_constraint (workshop_id, name, description, change_area, votes)
                        VALUES (?, ?, ?, ?, ?)""", workshopId, c.name(), c.description(), c.changeArea(), c.votes());
                if (c.forumCode() != null) {
                    execute("UPDATE forum SET workshop_id = ?, workshop_constraint_id = ? WHERE code = ?",
                            workshopId, constraintId, c.forumCode());
                }
            }
        }
        for (EntryDef e : ENTRIES) {
            long forumId = single("SELECT id FROM forum WHERE code = ?", e.forumCode());
            List<Long> seated = seatedMembers(forumId);
            long entryId = insert("""
                    INSERT INTO communication_entry (forum_id, happened_on, kind, audience, channel, purpose,
                        outside_parties, summary, follow_up, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    forumId, Date.valueOf(e.on()), e.kind(), e.audience(), e.channel(), e.purpose(), e.outside(),
                    e.summary(), e.followUp(), e.outcome());
            for (int seat : e.seats()) {
                execute("INSERT INTO communication_party (communication_entry_id, member_id) VALUES (?, ?)",
                        entryId, seated.get(seat));
            }
        }
    }

    /** The forum's current members in the order they were seated: the chair first, as DemoData seats them. */
    private List<Long> seatedMembers(long forumId) throws SQLException {
        List<Long> members = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(
                "SELECT member_id FROM membership WHERE forum_id = ? AND left_on IS NULL ORDER BY id")) {
            query.setLong(1, forumId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    members.add(rs.getLong(1));
                }
            }
        }
        return members;
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
