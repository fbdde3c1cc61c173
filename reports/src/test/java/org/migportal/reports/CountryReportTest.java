package org.migportal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountryReportTest {

    @Test
    void printsEveryForumWithTotalsAndRepeatsTheTableHeaderOnEveryPage() throws Exception {
        CountryFigures kenya = Fixtures.kenya(60);

        byte[] pdf = CountryReport.render(kenya, Fixtures.context("Kenya", Locale.ENGLISH));
        PdfText text = PdfText.of(pdf, "country-report");

        assertThat(text.pages()).isBetween(4, 9);
        assertThat(text.all()).contains("Country report", "Forums by lifecycle status", "Members by actor type",
                "Forums and their members", "Forums needing attention", "KE-F001", "KE-F060", "Small producers",
                "Re-energising", "Dormant");
        assertThat(text.all()).doesNotContain("SMALL_PRODUCER", "RE_ENERGISING", "null");
        assertThat(text.all()).contains("Total", String.valueOf(kenya.total().members()));
        for (int page = 1; page <= text.pages(); page++) {
            assertThat(text.page(page)).contains("Market Interest Groups Programme", "Kenya",
                    "January 1, 2026 to March 31, 2026", "Page " + page + " of " + text.pages());
        }
        // The forum table runs over pages: its header is printed again on the next page.
        assertThat(text.pagesContaining("KE-F0")).hasSizeGreaterThan(2)
                .allSatisfy(page -> assertThat(text.page(page)).contains("Forum").containsAnyOf("Status", "Attendance"));
        assertThat(text.pagesContaining("Kisumu poultry forum n\u00b0 1\n")).hasSize(1);
        assertThat(text.pagesContaining("Marginalised")).hasSizeGreaterThan(1);
        assertThat(text.all()).contains("Meetings and attendance", "Lessons from reflections", "Outcome stories");
        assertThat(text.embeddedFonts()).isNotEmpty().allMatch(font -> font.contains("DejaVu"));
    }

    @Test
    void speaksFrenchWithItsAccents() throws Exception {
        byte[] pdf = CountryReport.render(Fixtures.kenya(4), Fixtures.context("Kenya", Locale.FRENCH));
        PdfText text = PdfText.of(pdf, "country-report-fr");

        assertThat(text.all()).contains("Rapport pays", "Forums par \u00e9tape du cycle de vie",
                "du 1 janvier 2026 au 31 mars 2026", "Page 1 sur", "R\u00e9unions et participation",
                "R\u00e9cits de r\u00e9sultats");
    }
}
