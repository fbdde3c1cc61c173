package org.migportal.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The regional cross-country report: the countries of a region side by side, a chart per measure
 * (participation and its shares, attendance, commitments kept, actions done, outcomes) and a short
 * table per country next to the region's figures. Counts per country only: it names no one.
 */
public final class RegionalReport {

    static final String TEMPLATE = "RegionalReport";

    private RegionalReport() {
    }

    public static byte[] render(RegionalFigures figures, ReportContext context) {
        ReportLabels labels = new ReportLabels(context.locale());
        ReportParts parts = new ReportParts(labels);
        RegionCountry region = figures.total();
        Participation p = region.participation();
        boolean actions = !figures.notYetRecorded().contains(ReportSection.ACTIONS) && region.actionsPlanned() > 0;
        boolean outcomes = !figures.notYetRecorded().contains(ReportSection.OUTCOMES) && region.outcomes() > 0;

        List<KeyFigure> keyFigures = new ArrayList<>();
        keyFigures.add(parts.counted(figures.countries().size(), "key.countries"));
        keyFigures.add(parts.counted(region.forums(), "key.forums"));
        keyFigures.addAll(parts.participation(p));
        keyFigures.add(new KeyFigure(labels.percent(share(region.present(), region.listed())), labels.text("key.attendance")));
        keyFigures.add(new KeyFigure(labels.percent(share(region.kept(), region.commitments())), labels.text("key.kept")));

        List<ChartPoint> members = new ArrayList<>();
        List<ChartPoint> shares = new ArrayList<>();
        List<ChartPoint> attendance = new ArrayList<>();
        List<ChartPoint> kept = new ArrayList<>();
        List<ChartPoint> actionPoints = new ArrayList<>();
        List<ChartPoint> outcomePoints = new ArrayList<>();
        for (RegionCountry c : figures.countries()) {
            Participation cp = c.participation();
            members.add(new ChartPoint(labels.text("key.members"), c.country(), cp.members()));
            shares.add(new ChartPoint(labels.text("key.women"), c.country(), percent(cp.womenShare())));
            shares.add(new ChartPoint(labels.text("key.youth"), c.country(), percent(cp.youthShare())));
            shares.add(new ChartPoint(labels.text("table.marginalised"), c.country(), percent(cp.marginalisedShare())));
            attendance.add(new ChartPoint(labels.text("key.attendance"), c.country(), percent(share(c.present(), c.listed()))));
            kept.add(new ChartPoint(labels.text("key.kept"), c.country(), percent(share(c.kept(), c.commitments()))));
            actionPoints.add(new ChartPoint(labels.text("regional.actionsPlanned"), c.country(), c.actionsPlanned()));
            actionPoints.add(new ChartPoint(labels.text("regional.actionsDone"), c.country(), c.actionsDone()));
            outcomePoints.add(new ChartPoint(labels.text("key.outcomes"), c.country(), c.outcomes()));
        }

        List<ProfileRow> profiles = new ArrayList<>();
        for (RegionCountry c : figures.countries()) {
            profiles.addAll(profile(c, region, labels, actions, outcomes));
        }

        Map<String, Object> parameters = new HashMap<>();
        parameters.put("regionName", figures.region());
        parameters.put("keyFigures", keyFigures);
        parameters.put("memberPoints", members);
        parameters.put("sharePoints", shares);
        parameters.put("attendancePoints", attendance);
        parameters.put("keptPoints", kept);
        parameters.put("hasActions", actions);
        parameters.put("actionPoints", actionPoints);
        parameters.put("hasOutcomes", outcomes);
        parameters.put("outcomePoints", outcomePoints);
        parameters.put("profileRows", profiles);
        return ReportRenderer.render(TEMPLATE, labels.text("report.regional.title"), context, labels, parameters);
    }

    private static List<ProfileRow> profile(RegionCountry c, RegionCountry region, ReportLabels labels,
            boolean actions, boolean outcomes) {
        List<ProfileRow> rows = new ArrayList<>();
        String name = c.country();
        rows.add(row(name, labels.text("table.forums"), c, region,
                x -> labels.message("regional.forumsActive", x.forums(), x.activeForums())));
        rows.add(row(name, labels.text("table.members"), c, region, x -> labels.count(x.participation().members())));
        rows.add(row(name, labels.text("table.women"), c, region,
                x -> labels.withShare(x.participation().women(), x.participation().members())));
        rows.add(row(name, labels.text("table.youth"), c, region,
                x -> labels.withShare(x.participation().youth(), x.participation().members())));
        rows.add(row(name, labels.text("table.marginalised"), c, region,
                x -> labels.withShare(x.participation().marginalised(), x.participation().members())));
        rows.add(row(name, labels.text("table.meetings"), c, region, x -> labels.count(x.meetings())));
        rows.add(row(name, labels.text("key.attendance"), c, region,
                x -> x.listed() == 0 ? "\u2013" : labels.percent(share(x.present(), x.listed()))));
        rows.add(row(name, labels.text("regional.commitmentsKept"), c, region,
                x -> x.commitments() == 0 ? "\u2013" : labels.count(x.kept()) + " / " + labels.count(x.commitments())
                        + " (" + labels.percent(share(x.kept(), x.commitments())) + ")"));
        String notYet = labels.text("regional.notYetRecorded");
        rows.add(row(name, labels.text("regional.actionsDone"), c, region,
                x -> actions ? labels.count(x.actionsDone()) + " / " + labels.count(x.actionsPlanned()) : notYet));
        rows.add(row(name, labels.text("key.outcomes"), c, region, x -> outcomes ? labels.count(x.outcomes()) : notYet));
        return rows;
    }

    private static ProfileRow row(String country, String measure, RegionCountry c, RegionCountry region,
            java.util.function.Function<RegionCountry, String> value) {
        return new ProfileRow(country, measure, value.apply(c), value.apply(region));
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }

}
