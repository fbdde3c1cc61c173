package org.migportal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The sections that come from meetings, commitments, communication and reflections, in each report that has them. */
class ActivitySectionsTest {

    @Test
    void aForumReportShowsMeetingsAttendanceCommitmentsCommunicationAndLessons() throws Exception {
        byte[] pdf = ForumReport.render(Fixtures.kisumuForum(),
                Fixtures.context("Kisumu poultry finance forum, Kenya", Locale.ENGLISH));
        PdfText text = PdfText.of(pdf, "forum-report-activity");

        // 5 meetings, 1 reflection; 89 of 120 listed members present (74%).
        assertThat(text.all()).contains("Meetings held per month", "Attendance rate per month",
                "Meetings held", "Reflection meeting\n", "74%", "89 / 120",
                "11 commitments were made at meetings held in the period; 6 (55%) have been kept so far.",
                "Kept", "Renegotiated", "Broken",
                "By audience", "By purpose", "Between members", "Government", "Lobbying and advocacy",
                "Kisumu poultry finance forum, March 12, 2026", Fixtures.LESSON);
        // 7 actions due or done, 3 done; 3 outcomes, 2 beyond the members, 1,250 people reached.
        assertThat(text.all()).contains("Actions planned and done",
                "Of the actions in the forums' work-plans, 7 were due or done in the period; 3 (43%) are done.", "In progress",
                "Outcomes, their reach and evidence", "Reach beyond the members", "1,250", "Outcome stories",
                "Service improved \u00b7 Kisumu poultry finance forum, March 2, 2026", Fixtures.OUTCOME,
                "Reach: beyond the forum's members, about 1,250 people, 40% women, 25% youth",
                "Evidence: 2 files; verified on March 20, 2026", "Reach: the forum's members.", "Evidence: none filed yet");
        assertThat(text.all()).doesNotContain("No data recorded yet for this period.", "SERVICE_IMPROVED", "IN_PROGRESS");
        assertThat(text.all()).doesNotContain("MEMBER_TO_MEMBER", "LOBBYING_ADVOCACY", "RENEGOTIATED", "null");
        for (int page = 1; page <= text.pages(); page++) {
            assertThat(text.page(page)).contains("Page " + page + " of " + text.pages());
        }
    }

    @Test
    void aSectionWithoutRecordsInThePeriodSaysSoUnderItsHeading() throws Exception {
        ForumFigures quiet = Fixtures.kisumuForum();
        quiet = new ForumFigures(quiet.code(), quiet.name(), quiet.country(), quiet.district(), quiet.marketSystem(),
                quiet.changeArea(), quiet.status(), quiet.participation(), quiet.ageNotRecorded(), quiet.byActorType(),
                quiet.bySex(), quiet.byMarginalisedGroup(), Activity.NONE, EnumSet.noneOf(ReportSection.class));
        byte[] pdf = ForumReport.render(quiet, Fixtures.context("Kisumu poultry finance forum, Kenya", Locale.ENGLISH));
        PdfText text = PdfText.of(pdf, "forum-report-quiet");

        assertThat(text.all()).contains("Meetings and attendance", "Commitments made and kept",
                "Communication by audience and purpose", "Lessons from reflections")
                .doesNotContain("Meetings held per month", "By audience", "Outcome stories");
        assertThat(text.all()).contains("Actions planned and done", "Outcomes, their reach and evidence");
        assertThat(count(text.all(), "No data recorded yet for this period.")).isEqualTo(6);
    }

    @Test
    void aCountryReportAddsWhatEachForumDid() throws Exception {
        CountryFigures kenya = Fixtures.kenya(12);
        byte[] pdf = CountryReport.render(kenya, Fixtures.context("Kenya", Locale.ENGLISH));
        PdfText text = PdfText.of(pdf, "country-report-activity");

        assertThat(text.all()).contains("What each forum did", "Attendance", "Contacts", "KE-F012",
                "Meetings held per month", "Commitments made and kept", "Lobbying and advocacy", Fixtures.LESSON);
        // 4 forums' worth of meetings: 20 meetings held.
        assertThat(text.all()).contains("20\nMeetings held");
    }

    @Test
    void aDonorReportShowsTheActivityAndLessonsWithTheNoteThatNamesAreLeftOut() throws Exception {
        byte[] pdf = DonorReport.render(Fixtures.donorFigures(), Fixtures.context("Kenya, Sudan", Locale.ENGLISH));
        PdfText text = PdfText.of(pdf, "donor-report-activity");

        assertThat(text.all()).contains("Meetings held per month", "40\nMeetings held", "Commitments made and kept",
                "Communication by audience and purpose", "Lessons from reflections", "the names of people are left out",
                Fixtures.LESSON, "Outcome stories", Fixtures.OUTCOME, "Actions planned and done");
        for (String name : Fixtures.MEMBER_NAMES) {
            assertThat(text.all()).doesNotContain(name.split(" "));
        }
    }

    @Test
    void theSectionsSpeakFrench() throws Exception {
        byte[] pdf = DonorReport.render(Fixtures.donorFigures(), Fixtures.context("Kenya, Soudan", Locale.FRENCH));
        PdfText text = PdfText.of(pdf, "donor-report-activity-fr");

        assertThat(text.all()).contains("R\u00e9unions tenues par mois", "Taux de pr\u00e9sence", "Engagements",
                "Entre membres", "Plaidoyer", "les noms de personnes sont omis", "R\u00e9cits de r\u00e9sultats",
                "40\u00a0% de femmes", "\u00e9taient actifs", "Pendant la p\u00e9riode, 15 forums dans 2 pays ont r\u00e9uni 300 membres");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
