package org.migportal.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.time.YearMonth;

/** Fixed figures for the report tests, and the names of people that must never reach a donor report. */
final class Fixtures {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);
    static final LocalDate TODAY = LocalDate.of(2026, 4, 2);

    /** Member names of the data set the figures were counted from: none may appear in a donor report. */
    static final List<String> MEMBER_NAMES = List.of("Achieng Otieno", "Wanjiru Kamau", "Amira Osman");

    /** Every section's records exist. */
    static final Set<ReportSection> NOT_YET_RECORDED = EnumSet.noneOf(ReportSection.class);

    /** An outcome's words as the forum wrote them down. */
    static final String OUTCOME = "The SACCO opened a poultry loan with repayments after each batch is sold.";

    /** A lesson's words as the forum wrote them down, for the tests to find. */
    static final String LESSON = "Lenders listen when producers come to them as a group with their records.";

    /** Meetings in each month of the period, commitments, communication and a lesson, scaled by {@code forums}. */
    static Activity activity(int forums) {
        List<MonthLine> months = List.of(new MonthLine(YearMonth.of(2026, 1), 2L * forums, 34L * forums, 48L * forums),
                new MonthLine(YearMonth.of(2026, 2), forums, 15L * forums, 24L * forums),
                new MonthLine(YearMonth.of(2026, 3), 2L * forums, 40L * forums, 48L * forums));
        List<Tally> commitments = List.of(new Tally("OPEN", 3L * forums), new Tally("KEPT", 6L * forums),
                new Tally("RENEGOTIATED", forums), new Tally("NOT_POSSIBLE", 0), new Tally("BROKEN", forums));
        List<Tally> audiences = List.of(new Tally("MEMBER_TO_MEMBER", 5L * forums), new Tally("INTERNAL", 2L * forums),
                new Tally("GOVERNMENT", 3L * forums), new Tally("LARGE_COMPANY", forums));
        List<Tally> purposes = List.of(new Tally("NETWORKING", 4L * forums), new Tally("LOBBYING_ADVOCACY", 3L * forums),
                new Tally("INFORMATION_SHARING", 3L * forums), new Tally("BUSINESS_DEAL", forums));
        return new Activity(months, forums, commitments, audiences, purposes,
                List.of(new Lesson("Kisumu poultry finance forum", LocalDate.of(2026, 3, 12), LESSON),
                        new Lesson("Homa Bay market information forum", LocalDate.of(2026, 2, 20),
                                "Prices sent by text message reached more producers than the notice board did; "
                                        + "the traders asked to add their own buying prices.")),
                List.of(new Tally("PLANNED", 2L * forums), new Tally("IN_PROGRESS", forums), new Tally("DONE", 3L * forums),
                        new Tally("DROPPED", 0), new Tally("ADAPTED", forums)),
                new Outcomes(List.of(new Tally("SERVICE_IMPROVED", forums), new Tally("MARKET_ACCESS", forums),
                        new Tally("NEW_BUSINESS_ARRANGEMENT", forums)), 2L * forums, 1250L * forums, forums,
                        List.of(new OutcomeStory("Kisumu poultry finance forum", LocalDate.of(2026, 3, 2), "SERVICE_IMPROVED",
                                        OUTCOME, true, 1250, 40, 25, 2, LocalDate.of(2026, 3, 20), null),
                                new OutcomeStory("Homa Bay market information forum", LocalDate.of(2026, 2, 9), "MARKET_ACCESS",
                                        "Members now sell to the county school feeding programme.", false, null, null, null,
                                        0, null, null))));
    }

    static List<ForumActivity> forumActivity(List<ForumLine> forums) {
        List<ForumActivity> lines = new ArrayList<>();
        int i = 0;
        for (ForumLine f : forums) {
            i++;
            lines.add(new ForumActivity(f.code(), f.name(), i % 4, 9L * (i % 4), 12L * (i % 4), i % 5, i % 3 == 0 ? 0 : i % 5 / 2, i % 6));
        }
        return lines;
    }

    /** East Africa and two more countries, side by side. */
    static RegionalFigures eastAfrica() {
        return new RegionalFigures("East Africa", List.of(
                new RegionCountry("Kenya", 9, 6, new Participation(180, 81, 52, 19), 54, 640, 820, 60, 38, 0, 0, 0),
                new RegionCountry("Sudan", 6, 4, new Participation(120, 38, 41, 22), 30, 300, 460, 25, 11, 0, 0, 0),
                new RegionCountry("Uganda", 4, 4, new Participation(70, 35, 30, 9), 20, 210, 260, 18, 14, 0, 0, 0)),
                NOT_YET_RECORDED);
    }

    static ReportContext context(String scope, Locale locale) {
        return new ReportContext("Market Interest Groups Programme", scope, FROM, TO, locale, TODAY);
    }

    /** Members by actor type, adding up to {@code members}. */
    static List<Tally> actorTypes(long members) {
        long producers = members / 2;
        long traders = members / 5;
        long processors = members / 8;
        long banks = members / 12;
        long government = members / 20;
        return List.of(new Tally("SMALL_PRODUCER", producers), new Tally("TRADER", traders),
                new Tally("PROCESSOR", processors), new Tally("FINANCIAL_SERVICE", banks),
                new Tally("GOVERNMENT", government),
                new Tally("NGO", members - producers - traders - processors - banks - government));
    }

    static ForumFigures kisumuForum() {
        Participation p = new Participation(24, 11, 7, 3);
        return new ForumFigures("KE-KSM-FIN", "Kisumu poultry finance forum", "Kenya", "Kisumu", "Poultry",
                "SUPPORTING_SERVICES", "ACTIVE", p, 2, actorTypes(24),
                List.of(new Tally("FEMALE", 11), new Tally("MALE", 13), new Tally("OTHER", 0)),
                List.of(new Tally("DISABILITY", 1), new Tally("LANDLESS", 2)), activity(1), NOT_YET_RECORDED);
    }

    static DonorFigures donorFigures() {
        Participation kenya = new Participation(180, 81, 52, 19);
        Participation sudan = new Participation(120, 38, 41, 22);
        Participation total = kenya.plus(sudan);
        return new DonorFigures(List.of(new CountryLine("Kenya", 9, 6, kenya), new CountryLine("Sudan", 6, 4, sudan)),
                total, 15, 10, actorTypes(total.members()), statuses(1, 10, 2, 1, 1), activity(8), NOT_YET_RECORDED);
    }

    static List<Tally> statuses(long proposed, long active, long reEnergising, long dormant, long closed) {
        return List.of(new Tally("PROPOSED", proposed), new Tally("ACTIVE", active),
                new Tally("RE_ENERGISING", reEnergising), new Tally("DORMANT", dormant), new Tally("CLOSED", closed));
    }

    /** A country with enough forums for the forum table to run over several pages. */
    static CountryFigures kenya(int forums) {
        List<ForumLine> lines = new ArrayList<>();
        Participation total = Participation.NONE;
        for (int i = 1; i <= forums; i++) {
            String status = i % 7 == 0 ? "DORMANT" : i % 5 == 0 ? "RE_ENERGISING" : "ACTIVE";
            Participation p = new Participation(10 + i % 9, 4 + i % 4, 3 + i % 3, i % 3);
            lines.add(new ForumLine(String.format("KE-F%03d", i), "Kisumu poultry forum n\u00b0 " + i,
                    i % 2 == 0 ? "Kisumu" : "Homa Bay", status, LocalDate.of(2025, 11, 1), p, 3 + i % 4));
            total = total.plus(p);
        }
        long dormant = lines.stream().filter(l -> l.status().equals("DORMANT")).count();
        long reEnergising = lines.stream().filter(l -> l.status().equals("RE_ENERGISING")).count();
        return new CountryFigures("Kenya", lines, total, actorTypes(total.members()),
                statuses(0, forums - dormant - reEnergising, reEnergising, dormant, 0), activity(forums / 4 + 1),
                forumActivity(lines), NOT_YET_RECORDED);
    }
}
