package org.migportal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RegionalReportTest {

    @Test
    void putsTheCountriesOfTheRegionSideBySide() throws Exception {
        byte[] pdf = RegionalReport.render(Fixtures.eastAfrica(), Fixtures.context("Kenya, Sudan, Uganda", Locale.ENGLISH));
        PdfText text = PdfText.of(pdf, "regional-report");

        assertThat(text.pages()).isBetween(2, 4);
        assertThat(text.page(1)).contains("Regional cross-country report \u2013 East Africa", "Kenya, Sudan, Uganda",
                "Countries", "Forums", "Members", "Attendance rate", "Commitments kept");
        // 370 members, 154 women (42%); 1,150 present of 1,540 listed (75%); 63 of 103 commitments kept (61%).
        assertThat(text.all()).contains("Participation by country", "Women, youth and marginalised, share of members",
                "Meetings and commitments by country", "Commitments kept, share of those made",
                "Actions and outcomes by country", "Country by country", "Measure", "Region",
                "370", "154 (42%)", "75%", "61%", "38 / 60 (63%)", "19 (14 active)");
        // Actions and outcomes: not recorded yet, said in the charts' place and in the tables.
        assertThat(text.all()).contains("No data recorded yet for this period.", "Not recorded yet");
        for (String country : List.of("Kenya", "Sudan", "Uganda")) {
            assertThat(text.pagesContaining(country)).isNotEmpty();
        }
        for (int page = 1; page <= text.pages(); page++) {
            assertThat(text.page(page)).contains("Market Interest Groups Programme", "Regional cross-country report",
                    "January 1, 2026 to March 31, 2026", "Page " + page + " of " + text.pages());
        }
        assertThat(text.all()).doesNotContain("null", "NaN");
        assertThat(text.notEmbeddedFonts()).isEmpty();
    }

    @Test
    void namesNoMember() throws Exception {
        byte[] pdf = RegionalReport.render(Fixtures.eastAfrica(), Fixtures.context("Kenya, Sudan, Uganda", Locale.ENGLISH));
        PdfText text = PdfText.of(pdf, "regional-report-names");

        for (String name : Fixtures.MEMBER_NAMES) {
            assertThat(text.all()).doesNotContain(name.split(" "));
        }
    }

    @Test
    void showsActionsAndOutcomesOnceRecorded() throws Exception {
        RegionalFigures recorded = new RegionalFigures("East Africa", List.of(
                new RegionCountry("Kenya", 9, 6, new Participation(180, 81, 52, 19), 54, 640, 820, 60, 38, 40, 25, 7),
                new RegionCountry("Sudan", 6, 4, new Participation(120, 38, 41, 22), 30, 300, 460, 25, 11, 22, 9, 3)),
                java.util.Set.of());
        byte[] pdf = RegionalReport.render(recorded, Fixtures.context("Kenya, Sudan", Locale.ENGLISH));
        PdfText text = PdfText.of(pdf, "regional-report-actions");

        assertThat(text.all()).contains("Actions planned and done", "Outcomes recorded", "25 / 40", "34 / 62", "10")
                .doesNotContain("No data recorded yet", "Not recorded yet");
    }

    @Test
    void speaksFrench() throws Exception {
        byte[] pdf = RegionalReport.render(Fixtures.eastAfrica(), Fixtures.context("Kenya, Soudan, Ouganda", Locale.FRENCH));
        PdfText text = PdfText.of(pdf, "regional-report-fr");

        assertThat(text.all()).contains("Rapport r\u00e9gional comparatif", "Participation par pays", "Pays par pays",
                "Taux de pr\u00e9sence", "Page 1 sur");
    }
}
