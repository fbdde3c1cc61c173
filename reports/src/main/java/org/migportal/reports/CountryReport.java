package org.migportal.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The country report: every forum of one country in a period, one line each and in total, charts
 * of forums by lifecycle status and members by actor type, the forums needing attention, and the
 * sections whose records the portal does not hold yet.
 */
public final class CountryReport {

    static final String TEMPLATE = "CountryReport";

    private CountryReport() {
    }

    public static byte[] render(CountryFigures figures, ReportContext context) {
        ReportLabels labels = new ReportLabels(context.locale());
        ReportParts parts = new ReportParts(labels);
        Participation total = figures.total();

        List<KeyFigure> keyFigures = new ArrayList<>();
        keyFigures.add(parts.counted(figures.forums().size(), "key.forums"));
        keyFigures.addAll(parts.participation(total));
        keyFigures.add(parts.counted(figures.byActorType().stream().filter(t -> t.count() > 0).count(), "key.actorTypes"));
        keyFigures.add(parts.counted(figures.needingAttention().size(), "key.attention"));

        Map<String, Object> parameters = new HashMap<>();
        parameters.put("keyFigures", keyFigures);
        parameters.put("statusRows", parts.inOrder("ForumStatus", figures.byStatus(), figures.forums().size()));
        parameters.put("actorTypeRows", parts.largestFirst("ActorType", figures.byActorType(), total.members()));
        parameters.put("forumRows", figures.forums().stream().map(f -> forumRow(f, labels)).toList());
        parameters.put("forumTotals", new ForumTableRow("", labels.text("table.total"), "", "",
                labels.count(total.members()), labels.withShare(total.women(), total.members()),
                labels.withShare(total.youth(), total.members()),
                labels.withShare(total.marginalised(), total.members()),
                labels.count(figures.byActorType().stream().filter(t -> t.count() > 0).count())));
        parameters.put("attentionRows", figures.needingAttention().stream()
                .map(f -> new AttentionRow(f.code(), f.name(), labels.value("ForumStatus", f.status()),
                        labels.date(f.statusSince())))
                .toList());
        new ActivityParts(labels).put(figures.activity(), null, parameters);
        parameters.put("hasForumActivity", figures.activity().meetings() + figures.activity().communications() > 0);
        parameters.put("activityRows", figures.forumActivity().stream().map(f -> activityRow(f, labels)).toList());
        parameters.put("sectionRows", parts.notYetRecorded(figures.notYetRecorded()));
        return ReportRenderer.render(TEMPLATE, labels.text("report.country.title"), context, labels, parameters);
    }

    private static ActivityTableRow activityRow(ForumActivity forum, ReportLabels labels) {
        return new ActivityTableRow(forum.code(), forum.name(), labels.count(forum.meetings()),
                forum.listed() == 0 ? "\u2013" : labels.percent((double) forum.present() / forum.listed()),
                labels.count(forum.commitments()),
                forum.commitments() == 0 ? "\u2013" : labels.withShare(forum.kept(), forum.commitments()),
                labels.count(forum.communications()));
    }

    private static ForumTableRow forumRow(ForumLine forum, ReportLabels labels) {
        Participation p = forum.participation();
        return new ForumTableRow(forum.code(), forum.name(), forum.district(), labels.value("ForumStatus", forum.status()),
                labels.count(p.members()), labels.withShare(p.women(), p.members()),
                labels.withShare(p.youth(), p.members()), labels.withShare(p.marginalised(), p.members()),
                labels.count(forum.actorTypes()));
    }
}
