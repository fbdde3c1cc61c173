package org.migportal.reports;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Turns figures into the printed rows the templates share, in the report's language. */
final class ReportParts {

    private final ReportLabels labels;

    ReportParts(ReportLabels labels) {
        this.labels = labels;
    }

    /** A breakdown, largest first, each with its share of {@code whole}. */
    List<LabelledCount> largestFirst(String group, List<Tally> tallies, long whole) {
        return tallies.stream()
                .sorted(Comparator.comparingLong(Tally::count).reversed().thenComparing(Tally::code))
                .map(t -> counted(group, t, whole))
                .toList();
    }

    /** A breakdown in the order given (e.g. the lifecycle's order), each with its share of {@code whole}. */
    List<LabelledCount> inOrder(String group, List<Tally> tallies, long whole) {
        return tallies.stream().map(t -> counted(group, t, whole)).toList();
    }

    private LabelledCount counted(String group, Tally tally, long whole) {
        return new LabelledCount(labels.value(group, tally.code()), tally.count(),
                whole == 0 ? 0 : (double) tally.count() / whole);
    }

    /** A key figure that counts something, its label agreeing with the count ("1 Forum", "2 Forums"). */
    KeyFigure counted(long count, String key) {
        return new KeyFigure(labels.count(count), labels.message(key, count));
    }

    /** The key figures of participation: members, women, youth, marginalised. */
    List<KeyFigure> participation(Participation p) {
        return List.of(
                counted(p.members(), "key.members"),
                new KeyFigure(labels.percent(p.womenShare()), labels.text("key.women")),
                new KeyFigure(labels.percent(p.youthShare()), labels.text("key.youth")),
                new KeyFigure(labels.percent(p.marginalisedShare()), labels.text("key.marginalised")));
    }

    /** The sections with no records yet, in the reports' order, each with its "no data recorded yet" line. */
    List<SectionText> notYetRecorded(Collection<ReportSection> sections) {
        Set<ReportSection> missing = Set.copyOf(sections);
        return Arrays.stream(ReportSection.values())
                .filter(missing::contains)
                .map(s -> new SectionText(labels.value("ReportSection", s.name()), labels.text("section.notYetRecorded")))
                .toList();
    }

    String withShare(long part, long whole) {
        return labels.withShare(part, whole);
    }
}
