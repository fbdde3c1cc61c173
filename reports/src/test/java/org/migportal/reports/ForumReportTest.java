package org.migportal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ForumReportTest {

    @Test
    void showsWhoTheMembersAreAndWhatTheyDid() throws Exception {
        byte[] pdf = ForumReport.render(Fixtures.kisumuForum(),
                Fixtures.context("Kisumu poultry finance forum, Kenya", Locale.ENGLISH));
        PdfText text = PdfText.of(pdf, "forum-report");

        assertThat(text.pages()).isBetween(2, 4);
        assertThat(text.all()).contains("Forum report", "Kisumu poultry finance forum (KE-KSM-FIN)",
                "Supporting inputs", "Poultry", "Members by actor type", "Small producers",
                "Members by sex", "Women", "Men", "Members by age group", "Youth", "Birth year not recorded",
                "Members from marginalised groups", "Living with a disability", "Landless",
                "Meetings and attendance", "Commitments made and kept", "Communication by audience and purpose",
                "Actions planned and done", "Outcomes, their reach and evidence", "Lessons from reflections");
        // 24 members, 11 women (46%), 7 youth, 2 without a birth year: 15 older than youth.
        assertThat(text.all()).contains("24", "46%", "Older than youth 15");
        assertThat(text.all()).doesNotContain("SUPPORTING_SERVICES", "SMALL_PRODUCER", "FEMALE", "null");
        assertThat(text.page(text.pages())).contains("Page " + text.pages() + " of " + text.pages());
        assertThat(text.notEmbeddedFonts()).isEmpty();
    }
}
