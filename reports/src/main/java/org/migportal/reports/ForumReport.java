package org.migportal.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The forum report: one forum in a period. Who its members are (by actor type, sex, age group and
 * marginalised group), and the sections whose records the portal does not hold yet.
 */
public final class ForumReport {

    static final String TEMPLATE = "ForumReport";

    private ForumReport() {
    }

    public static byte[] render(ForumFigures figures, ReportContext context) {
        ReportLabels labels = new ReportLabels(context.locale());
        ReportParts parts = new ReportParts(labels);
        Participation p = figures.participation();

        List<KeyFigure> keyFigures = new ArrayList<>(parts.participation(p));
        List<KeyFigure> profile = List.of(
                new KeyFigure(figures.district(), labels.text("forum.district")),
                new KeyFigure(figures.marketSystem(), labels.text("forum.marketSystem")),
                new KeyFigure(labels.value("ChangeArea", figures.changeArea()), labels.text("forum.changeArea")),
                new KeyFigure(labels.value("ForumStatus", figures.status()), labels.text("forum.status")));
        List<Tally> ages = List.of(new Tally("YOUTH", p.youth()),
                new Tally("OLDER", p.members() - p.youth() - figures.ageNotRecorded()),
                new Tally("UNKNOWN", figures.ageNotRecorded()));

        Map<String, Object> parameters = new HashMap<>();
        parameters.put("forumName", figures.name() + " (" + figures.code() + ")");
        parameters.put("keyFigures", keyFigures);
        parameters.put("profile", profile);
        parameters.put("actorTypeRows", parts.largestFirst("ActorType", figures.byActorType(), p.members()));
        parameters.put("sexRows", parts.inOrder("Sex", figures.bySex(), p.members()));
        parameters.put("ageRows", parts.inOrder("AgeGroup", ages, p.members()));
        parameters.put("marginalisedRows", parts.largestFirst("MarginalisedGroup", figures.byMarginalisedGroup(), p.members()));
        new ActivityParts(labels).put(figures.activity(), null, parameters);
        parameters.put("sectionRows", parts.notYetRecorded(figures.notYetRecorded()));
        return ReportRenderer.render(TEMPLATE, labels.text("report.forum.title"), context, labels, parameters);
    }
}
