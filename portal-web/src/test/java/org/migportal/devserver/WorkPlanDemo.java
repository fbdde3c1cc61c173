package org.migportal.devserver;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.migportal.workplan.control.FeasibilityRating;
import org.migportal.workplan.entity.ChecklistAnswer;
import org.migportal.workplan.entity.ChecklistQuestion;
import org.migportal.workplan.entity.Feasibility;

/**
 * The demo work-plans: the Kisumu finance forum's and the Kassala Livestock Forum's, each with objectives,
 * milestones and five actions assessed with the guidance's checklist (one done, one under way), in the
 * order the forum chose. In Kisumu the reflection's record-keeping adaptation became an action and a
 * meeting commitment serves one. Runs after the meetings; dates follow today.
 */
final class WorkPlanDemo {

    /** An action with its checklist answers in the checklist's order ("Y", "N", "U" or "-" for unanswered). */
    private record ActionDef(String title, String description, String changeArea, String doers, String payer,
            int cost, int own, int dueInDays, String status, String answers, int commitment, int passion, boolean easesLater) {
    }

    private static final List<ActionDef> KISUMU = List.of(
            new ActionDef("Record-keeping training for producers",
                    "Two half-day sessions with the county extension officer on flock and sales records, before the next loan round.",
                    "SUPPORTING_SERVICES", "Kisumu Producers Co-operative with the county extension officer", "MEMBERS_OWN",
                    // Paid in full by the members: the Kisumu forum's self-financing share rises (forum health).
                    30_000, 30_000, -20, "DONE", "YYYYNNNN" + "NNN" + "NYYYN", 5, 4, true),
            new ActionDef("Loan product that fits the broiler cycle",
                    "Agree with Kisumu SACCO a loan with a repayment holiday for the first six weeks of a cycle.",
                    "SUPPORTING_SERVICES", "Chair and the SACCO member", "OTHER_ACTOR",
                    0, 0, 45, "IN_PROGRESS", "YY-YNNNN" + "NUN" + "NYYYN", 4, 5, true),
            new ActionDef("Bulk feed purchase",
                    "Pool orders every cycle and buy feed from the miller at the bulk price.",
                    "CORE_MARKET_CHAIN", "Producers of three villages", "MEMBERS_OWN",
                    250_000, 250_000, 75, "PLANNED", "YYNYYNNU" + "UNN" + "YUNNN", 3, 4, false),
            new ActionDef("Second SACCO joins the loan product",
                    "Show the Kisumu results to the Maseno SACCO and ask it to offer the same product.",
                    "SUPPORTING_SERVICES", "Coordinator", "NOT_KNOWN",
                    15_000, 0, 150, "PLANNED", "YNYUYNNY" + "UUN" + "NUNUN", 3, 3, false),
            new ActionDef("Credit guarantee with the county",
                    "Ask the county to guarantee part of the producers' loans through its enterprise fund.",
                    "ENABLING_ENVIRONMENT", "Chair with the county trade office", "PROGRAMME_SUBSIDY",
                    400_000, 0, 240, "PLANNED", "NNYNYYNY" + "YUY" + "YNNUY", 2, 3, false));

    private static final List<ActionDef> KASSALA = List.of(
            new ActionDef("Document the taxes paid on one trek to Port Sudan",
                    "Traders keep every receipt on one trek, so the forum can show the double taxation in figures.",
                    "ENABLING_ENVIRONMENT", "Kassala Livestock Traders Union", "MEMBERS_OWN",
                    120_000, 120_000, -35, "DONE", "YYYYNNNN" + "NNN" + "NYYYN", 5, 5, true),
            new ActionDef("Meeting with the state ministries of finance",
                    "Present the receipts to Kassala and Gedaref finance ministries and ask for one collection point.",
                    "ENABLING_ENVIRONMENT", "Chair and the Chamber of Commerce", "MEMBERS_OWN",
                    60_000, 60_000, 30, "IN_PROGRESS", "YYYUNYNN" + "YNU" + "NYYYN", 4, 5, true),
            new ActionDef("Joint vaccination days with the ministry",
                    "Vaccination days at the main watering points before the trekking season.",
                    "SUPPORTING_SERVICES", "Pastoralist associations with the Ministry of Animal Resources", "OTHER_ACTOR",
                    300_000, 50_000, 90, "PLANNED", "YNYYYNNN" + "NNU" + "YUYYN", 3, 3, false),
            new ActionDef("Faster export permits",
                    "Ask the federal ministry for a one-stop office for export permits and quarantine in Kassala.",
                    "ENABLING_ENVIRONMENT", "Chamber of Commerce", "NOT_KNOWN",
                    0, 0, 270, "PLANNED", "NNYNYYNY" + "YYY" + "UNUNN", 2, 4, false));

    private final Connection db;
    private final LocalDate today;

    WorkPlanDemo(Connection db, LocalDate today) {
        this.db = db;
        this.today = today;
    }

    void load() throws SQLException {
        long kisumu = single("SELECT id FROM forum WHERE code = ?", "KE-KSM-FIN");
        long plan = insert("INSERT INTO work_plan (forum_id, title, starts_on, ends_on) VALUES (?, ?, ?, ?)", kisumu,
                "Loans that fit the poultry cycle", date(today.minusMonths(4).withDayOfMonth(1)),
                date(today.minusMonths(4).withDayOfMonth(1).plusYears(1).minusDays(1)));
        long lenders = objective(plan, "Lenders offer loans that fit the broiler and layer cycles.", 0);
        long records = objective(plan, "Producers keep the records lenders need.", 1);
        long trained = milestone(plan, records, "30 producers keep flock and sales records", today.minusDays(10), "REACHED");
        long firstProduct = milestone(plan, lenders, "One SACCO offers a cycle-based loan", today.plusDays(60), "PLANNED");
        milestone(plan, lenders, "20 producers borrowing on the new terms", today.plusMonths(7), "PLANNED");
        List<Long> kisumuActions = actions(kisumu, plan, List.of(trained, firstProduct, firstProduct, firstProduct, 0L), KISUMU,
                "KES", new int[] {0, 1, 2, 4, 3});
        execute("""
                UPDATE adaptation SET action_id = ? WHERE status = 'IN_PLAN' AND action_id IS NULL AND meeting_id IN
                    (SELECT id FROM meeting WHERE forum_id = ?)""", kisumuActions.get(0), kisumu);
        execute("""
                UPDATE commitment SET action_id = ? WHERE id = (SELECT c.id FROM commitment c JOIN meeting m ON m.id = c.meeting_id
                    WHERE m.forum_id = ? ORDER BY c.due_on DESC, c.id LIMIT 1)""", kisumuActions.get(1), kisumu);

        long kassala = single("SELECT id FROM forum WHERE code = ?", "SD-KSL-LVS");
        long sudanPlan = insert("INSERT INTO work_plan (forum_id, title, starts_on, ends_on) VALUES (?, ?, ?, ?)", kassala,
                "One tax point on the road to market", date(today.minusMonths(2).withDayOfMonth(1)),
                date(today.minusMonths(2).withDayOfMonth(1).plusYears(1).minusDays(1)));
        long evidence = objective(sudanPlan, "The states see what double taxation costs traders and the states themselves.", 0);
        long proof = milestone(sudanPlan, evidence, "Receipts of one full trek collected", today.minusDays(30), "REACHED");
        long agreement = milestone(sudanPlan, evidence, "Kassala and Gedaref agree one collection point", today.plusMonths(5), "PLANNED");
        actions(kassala, sudanPlan, List.of(proof, agreement, 0L, 0L), KASSALA, "SDG", new int[] {0, 1, 2, 3});
    }

    private List<Long> actions(long forumId, long planId, List<Long> milestones, List<ActionDef> defs, String currency,
            int[] chosenOrder) throws SQLException {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < defs.size(); i++) {
            ActionDef a = defs.get(i);
            LocalDate due = today.plusDays(a.dueInDays());
            boolean open = !"DONE".equals(a.status());
            int position = -1;
            for (int p = 0; p < chosenOrder.length; p++) {
                if (chosenOrder[p] == i) {
                    position = p;
                }
            }
            long actionId = insert("""
                    INSERT INTO action (forum_id, work_plan_id, milestone_id, title, description, change_area, doers, payer,
                        estimated_cost, own_contribution, currency_code, due_on, status, done_on, chosen_position)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    forumId, planId, milestones.get(i) == 0L ? null : milestones.get(i), a.title(), a.description(),
                    a.changeArea(), a.doers(), a.payer(), a.cost() == 0 ? null : BigDecimal.valueOf(a.cost()),
                    a.own() == 0 ? null : BigDecimal.valueOf(a.own()), a.cost() == 0 && a.own() == 0 ? null : currency,
                    date(due), a.status(), open ? null : date(due), position < 0 ? null : position);
            assess(actionId, a);
            ids.add(actionId);
        }
        return ids;
    }

    private void assess(long actionId, ActionDef a) throws SQLException {
        Map<ChecklistQuestion, ChecklistAnswer> answers = new EnumMap<>(ChecklistQuestion.class);
        ChecklistQuestion[] questions = ChecklistQuestion.values();
        for (int q = 0; q < questions.length; q++) {
            switch (a.answers().charAt(q)) {
                case 'Y' -> answers.put(questions[q], ChecklistAnswer.YES);
                case 'N' -> answers.put(questions[q], ChecklistAnswer.NO);
                case 'U' -> answers.put(questions[q], ChecklistAnswer.UNSURE);
                default -> { }
            }
        }
        long assessmentId = insert("""
                INSERT INTO action_assessment (action_id, difficulty_rating, risk_rating, cost_rating, commitment, passion,
                    eases_later, assessed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                actionId, FeasibilityRating.rate(answers, Feasibility.DIFFICULTY), FeasibilityRating.rate(answers, Feasibility.RISK),
                FeasibilityRating.rate(answers, Feasibility.COST), a.commitment(), a.passion(), a.easesLater(),
                date(today.minusDays(40)));
        for (Map.Entry<ChecklistQuestion, ChecklistAnswer> answer : answers.entrySet()) {
            execute("INSERT INTO action_assessment_answer (action_assessment_id, question, answer) VALUES (?, ?, ?)",
                    assessmentId, answer.getKey().name(), answer.getValue().name());
        }
    }

    private long objective(long planId, String text, int position) throws SQLException {
        return insert("INSERT INTO objective (work_plan_id, text, position) VALUES (?, ?, ?)", planId, text, position);
    }

    private long milestone(long planId, long objectiveId, String title, LocalDate due, String status) throws SQLException {
        return insert("INSERT INTO milestone (work_plan_id, objective_id, title, due_on, status) VALUES (?, ?, ?, ?, ?)",
                planId, objectiveId, title, date(due), status);
    }

    private static Date date(LocalDate day) {
        return Date.valueOf(day);
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
