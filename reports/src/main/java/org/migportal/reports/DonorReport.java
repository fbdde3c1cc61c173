package org.migportal.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The donor report: the chosen countries in a period, in English or French, with a cover page, an
 * executive summary of key figures, charts and a table per country. Aggregated only: its figures
 * hold countries, categories and counts, never a person.
 */
public final class DonorReport {

    static final String TEMPLATE = "DonorReport";

    private DonorReport() {
    }

    public static byte[] render(DonorFigures figures, ReportContext context) {
        ReportLabels labels = new ReportLabels(context.locale());
        ReportParts parts = new ReportParts(labels);
        Participation total = figures.total();

        List<KeyFigure> keyFigures = new ArrayList<>();
        keyFigures.add(parts.counted(figures.countries().size(), "key.countries"));
        keyFigures.add(parts.counted(figures.forums(), "key.forums"));
        keyFigures.add(parts.counted(figures.activeForums(), "key.activeForums"));
        keyFigures.add(parts.counted(figures.byActorType().stream().filter(t -> t.count() > 0).count(), "key.actorTypes"));
        keyFigures.addAll(parts.participation(total));

        String summary = summary(figures, labels);

        Map<String, Object> parameters = new HashMap<>();
        parameters.put("hasCover", Boolean.TRUE);
        parameters.put("countryNames", figures.countries().stream().map(CountryLine::country)
                .collect(Collectors.joining(", ")));
        parameters.put("summaryText", summary);
        parameters.put("keyFigures", keyFigures);
        parameters.put("actorTypeRows", parts.largestFirst("ActorType", figures.byActorType(), total.members()));
        parameters.put("statusRows", parts.inOrder("ForumStatus", figures.byStatus(), figures.forums()));
        parameters.put("countryRows", figures.countries().stream().map(c -> countryRow(c, labels)).toList());
        parameters.put("countryTotals", new CountryTableRow(labels.text("table.total"), labels.count(figures.forums()),
                labels.count(figures.activeForums()), labels.count(total.members()),
                labels.withShare(total.women(), total.members()), labels.withShare(total.youth(), total.members()),
                labels.withShare(total.marginalised(), total.members())));
        new ActivityParts(labels).put(figures.activity(), labels.text("lessons.donorNote"), parameters);
        parameters.put("sectionRows", parts.notYetRecorded(figures.notYetRecorded()));
        return ReportRenderer.render(TEMPLATE, labels.text("report.donor.title"), context, labels, parameters);
    }

    /** The executive summary's sentences; with no member at all they would only list zeros. */
    static String summary(DonorFigures figures, ReportLabels labels) {
        Participation total = figures.total();
        if (total.members() == 0) {
            return labels.message("donor.summary.noMembers", figures.forums(), figures.countries().size());
        }
        return labels.message("donor.summary.text", figures.forums(), figures.countries().size(), total.members(),
                total.women(), labels.share(total.women(), total.members()),
                total.youth(), labels.share(total.youth(), total.members()),
                total.marginalised(), labels.share(total.marginalised(), total.members()),
                figures.activeForums(), labels.share(figures.activeForums(), figures.forums()));
    }

    private static CountryTableRow countryRow(CountryLine country, ReportLabels labels) {
        Participation p = country.participation();
        return new CountryTableRow(country.country(), labels.count(country.forums()), labels.count(country.activeForums()),
                labels.count(p.members()), labels.withShare(p.women(), p.members()),
                labels.withShare(p.youth(), p.members()), labels.withShare(p.marginalised(), p.members()));
    }
}
