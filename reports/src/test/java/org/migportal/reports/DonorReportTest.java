package org.migportal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DonorReportTest {

    @Test
    void opensWithACoverAndSummarisesTheChosenCountries() throws Exception {
        byte[] pdf = DonorReport.render(Fixtures.donorFigures(), Fixtures.context("Kenya, Sudan", Locale.ENGLISH));
        PdfText text = PdfText.of(pdf, "donor-report");

        assertThat(text.pages()).isBetween(3, 5);
        assertThat(text.page(1)).contains("Market Interest Groups Programme", "Programme report to donors",
                "Kenya, Sudan", "January 1, 2026 to March 31, 2026", "names no member");
        assertThat(text.page(2)).contains("Executive summary", "15 forums in 2 countries brought together 300 members",
                "119 women (40%)", "10 of the forums (67%) were active.");
        assertThat(text.all()).contains("Participation by country", "Kenya", "Sudan", "Total", "300",
                "Members by actor type", "Forums by lifecycle status", "Outcomes, their reach and evidence",
                "Lessons from reflections");
        assertThat(text.all()).doesNotContain("SMALL_PRODUCER", "RE_ENERGISING", "null");
        for (int page = 2; page <= text.pages(); page++) {
            assertThat(text.page(page)).contains("Kenya, Sudan", "Page " + page + " of " + text.pages());
        }
        assertThat(text.notEmbeddedFonts()).isEmpty();
    }

    @Test
    void namesNoMemberOfTheDataSet() throws Exception {
        byte[] pdf = DonorReport.render(Fixtures.donorFigures(), Fixtures.context("Kenya, Sudan", Locale.ENGLISH));
        PdfText text = PdfText.of(pdf, "donor-report-names");

        for (String name : Fixtures.MEMBER_NAMES) {
            for (String part : name.split(" ")) {
                assertThat(text.all()).doesNotContain(part);
            }
        }
    }

    @Test
    void speaksFrench() throws Exception {
        byte[] pdf = DonorReport.render(Fixtures.donorFigures(), Fixtures.context("Kenya, Soudan", Locale.FRENCH));
        PdfText text = PdfText.of(pdf, "donor-report-fr");

        assertThat(text.all()).contains("Rapport du programme aux bailleurs", "R\u00e9sum\u00e9",
                "du 1 janvier 2026 au 31 mars 2026", "Participation par pays", "Le\u00e7ons des r\u00e9flexions",
                "Page 2 sur");
    }
}
