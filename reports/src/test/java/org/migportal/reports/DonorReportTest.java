package org.migportal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void aProgrammeOfOneForumInOneCountryReadsInTheSingular() throws Exception {
        Participation one = new Participation(1, 1, 0, 1);
        DonorFigures figures = new DonorFigures(List.of(new CountryLine("Sri Lanka", 1, 1, one)), one, 1, 1,
                List.of(new Tally("SMALL_PRODUCER", 1)), Fixtures.statuses(0, 1, 0, 0, 0), Fixtures.activity(1),
                Fixtures.NOT_YET_RECORDED);

        String english = PdfText.of(DonorReport.render(figures, Fixtures.context("Sri Lanka", Locale.ENGLISH)),
                "donor-report-one-forum").page(2).replace('\n', ' ');
        assertThat(english).contains("In the period, one forum in one country brought together one member: one woman (100%), "
                + "no young people and one member from a marginalised group (100%). One of the forums (100%) was active.",
                "1 Country", "1 Forum", "1 Active forum", "1 Actor type represented", "1 Member");

        String french = PdfText.of(DonorReport.render(figures, Fixtures.context("Sri Lanka", Locale.FRENCH)),
                "donor-report-one-forum-fr").page(2).replace('\n', ' ').replace('\u00a0', ' ');
        assertThat(french).contains("Pendant la p\u00e9riode, un forum dans un pays a r\u00e9uni un membre : une femme (100 %), "
                + "aucun jeune et un membre issu de groupes marginalis\u00e9s (100 %). Un des forums (100 %) \u00e9tait actif.",
                "1 Pays", "1 Forum actif", "1 Type d'acteurs repr\u00e9sent\u00e9", "1 Membre");
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
