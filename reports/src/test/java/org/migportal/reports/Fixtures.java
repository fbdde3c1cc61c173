package org.migportal.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** Fixed figures for the report tests, and the names of people that must never reach a donor report. */
final class Fixtures {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);
    static final LocalDate TODAY = LocalDate.of(2026, 4, 2);

    /** Member names of the data set the figures were counted from: none may appear in a donor report. */
    static final List<String> MEMBER_NAMES = List.of("Achieng Otieno", "Wanjiru Kamau", "Amira Osman");

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
                List.of(new Tally("DISABILITY", 1), new Tally("LANDLESS", 2)), EnumSet.allOf(ReportSection.class));
    }

    static DonorFigures donorFigures() {
        Participation kenya = new Participation(180, 81, 52, 19);
        Participation sudan = new Participation(120, 38, 41, 22);
        Participation total = kenya.plus(sudan);
        return new DonorFigures(List.of(new CountryLine("Kenya", 9, 6, kenya), new CountryLine("Sudan", 6, 4, sudan)),
                total, 15, 10, actorTypes(total.members()), statuses(1, 10, 2, 1, 1), EnumSet.allOf(ReportSection.class));
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
                statuses(0, forums - dormant - reEnergising, reEnergising, dormant, 0), EnumSet.allOf(ReportSection.class));
    }
}
