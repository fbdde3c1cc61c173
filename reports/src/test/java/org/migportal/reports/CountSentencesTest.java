package org.migportal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The report sentences and labels that carry a count agree with it in English and French, for none,
 * one and several, and still group digits the language's way (French: a narrow no-break space).
 */
class CountSentencesTest {

    private static final ReportLabels EN = new ReportLabels(Locale.ENGLISH);
    private static final ReportLabels FR = new ReportLabels(Locale.FRENCH);
    private static final String NNBSP = "\u202f";
    private static final String NBSP = "\u00a0";

    @Test
    void theDonorSummaryAgreesWithEachCount() {
        assertThat(DonorReport.summary(donor(1, 1, 1, new Participation(1, 1, 1, 1)), EN)).isEqualTo(
                "In the period, one forum in one country brought together one member: one woman (100%), "
                        + "one young person (100%) and one member from a marginalised group (100%). "
                        + "One of the forums (100%) was active.");
        assertThat(DonorReport.summary(donor(1, 1, 0, new Participation(2, 0, 0, 0)), EN)).isEqualTo(
                "In the period, one forum in one country brought together 2 members: no women, no young people "
                        + "and no one from marginalised groups. None of the forums was active.");
        assertThat(DonorReport.summary(donor(1234, 2, 617, new Participation(2468, 1234, 2, 3)), EN)).isEqualTo(
                "In the period, 1,234 forums in 2 countries brought together 2,468 members: 1,234 women (50%), "
                        + "2 young people (0%) and 3 members from marginalised groups (0%). "
                        + "617 of the forums (50%) were active.");
        assertThat(DonorReport.summary(donor(3, 2, 0, Participation.NONE), EN))
                .isEqualTo("In the period, no forum in the 2 chosen countries had members.");
        assertThat(DonorReport.summary(donor(1, 1, 0, Participation.NONE), EN))
                .isEqualTo("In the period, no forum in the chosen country had members.");

        assertThat(DonorReport.summary(donor(1, 1, 1, new Participation(1, 1, 1, 1)), FR)).isEqualTo(
                "Pendant la p\u00e9riode, un forum dans un pays a r\u00e9uni un membre : une femme (100" + NBSP + "%), "
                        + "un jeune (100" + NBSP + "%) et un membre issu de groupes marginalis\u00e9s (100" + NBSP + "%). "
                        + "Un des forums (100" + NBSP + "%) \u00e9tait actif.");
        assertThat(DonorReport.summary(donor(1, 1, 0, new Participation(2, 0, 0, 0)), FR)).isEqualTo(
                "Pendant la p\u00e9riode, un forum dans un pays a r\u00e9uni 2 membres : aucune femme, aucun jeune "
                        + "et aucun membre issu de groupes marginalis\u00e9s. Aucun des forums n'\u00e9tait actif.");
        assertThat(DonorReport.summary(donor(1234, 2, 617, new Participation(2468, 1234, 2, 3)), FR)).isEqualTo(
                "Pendant la p\u00e9riode, 1" + NNBSP + "234 forums dans 2 pays ont r\u00e9uni 2" + NNBSP + "468 membres : "
                        + "1" + NNBSP + "234 femmes (50" + NBSP + "%), 2 jeunes (0" + NBSP + "%) et 3 membres issus "
                        + "de groupes marginalis\u00e9s (0" + NBSP + "%). 617 des forums (50" + NBSP + "%) \u00e9taient actifs.");
        assertThat(DonorReport.summary(donor(3, 2, 0, Participation.NONE), FR))
                .isEqualTo("Pendant la p\u00e9riode, aucun forum des 2 pays choisis n'avait de membres.");
    }

    @Test
    void theCommitmentAndActionNotesAgreeWithEachCount() {
        assertThat(notes(EN, 1, 1, 1, 0)).containsExactly(
                "One commitment was made at meetings held in the period; one (100%) has been kept so far.",
                "Of the actions in the forums' work-plans, one was due or done in the period; none is done yet.");
        assertThat(notes(EN, 2, 0, 1, 1)).containsExactly(
                "2 commitments were made at meetings held in the period; none has been kept so far.",
                "Of the actions in the forums' work-plans, one was due or done in the period; one (100%) is done.");
        assertThat(notes(EN, 1200, 600, 4, 2)).containsExactly(
                "1,200 commitments were made at meetings held in the period; 600 (50%) have been kept so far.",
                "Of the actions in the forums' work-plans, 4 were due or done in the period; 2 (50%) are done.");
        assertThat(notes(EN, 0, 0, 0, 0)).containsExactly(
                "No commitments were made at meetings held in the period; none has been kept so far.",
                "Of the actions in the forums' work-plans, none was due or done in the period; none is done yet.");

        assertThat(notes(FR, 1, 1, 1, 0)).containsExactly(
                "Un engagement a \u00e9t\u00e9 pris lors des r\u00e9unions de la p\u00e9riode ; "
                        + "un (100" + NBSP + "%) a \u00e9t\u00e9 tenu \u00e0 ce jour.",
                "Une action des plans de travail des forums \u00e9tait pr\u00e9vue ou r\u00e9alis\u00e9e pendant la "
                        + "p\u00e9riode ; aucune n'est encore r\u00e9alis\u00e9e.");
        assertThat(notes(FR, 2, 0, 1, 1)).containsExactly(
                "2 engagements ont \u00e9t\u00e9 pris lors des r\u00e9unions de la p\u00e9riode ; "
                        + "aucun n'a \u00e9t\u00e9 tenu \u00e0 ce jour.",
                "Une action des plans de travail des forums \u00e9tait pr\u00e9vue ou r\u00e9alis\u00e9e pendant la "
                        + "p\u00e9riode ; une (100" + NBSP + "%) est r\u00e9alis\u00e9e.");
        assertThat(notes(FR, 1200, 600, 4, 2)).containsExactly(
                "1" + NNBSP + "200 engagements ont \u00e9t\u00e9 pris lors des r\u00e9unions de la p\u00e9riode ; "
                        + "600 (50" + NBSP + "%) ont \u00e9t\u00e9 tenus \u00e0 ce jour.",
                "4 actions des plans de travail des forums \u00e9taient pr\u00e9vues ou r\u00e9alis\u00e9es pendant la "
                        + "p\u00e9riode ; 2 (50" + NBSP + "%) sont r\u00e9alis\u00e9es.");
        assertThat(notes(FR, 0, 0, 0, 0)).containsExactly(
                "Aucun engagement n'a \u00e9t\u00e9 pris lors des r\u00e9unions de la p\u00e9riode ; "
                        + "aucun n'a \u00e9t\u00e9 tenu \u00e0 ce jour.",
                "Aucune action des plans de travail des forums n'\u00e9tait pr\u00e9vue ou r\u00e9alis\u00e9e pendant la "
                        + "p\u00e9riode ; aucune n'est encore r\u00e9alis\u00e9e.");
    }

    @Test
    void anOutcomeStoryCountsItsFilesAndThePeopleItReached() {
        assertThat(story(EN, 1, 1)).isEqualTo(new String[] {
                "Reach: beyond the forum's members, about one person, 40% women, 25% youth",
                "Evidence: 1 file; verified on March 20, 2026"});
        assertThat(story(EN, 1250, 2)).isEqualTo(new String[] {
                "Reach: beyond the forum's members, about 1,250 people, 40% women, 25% youth",
                "Evidence: 2 files; verified on March 20, 2026"});
        assertThat(story(EN, 0, 0)).isEqualTo(new String[] {
                "Reach: beyond the forum's members, no people estimated, 40% women, 25% youth", "Evidence: none filed yet"});

        assertThat(story(FR, 1, 1)).isEqualTo(new String[] {
                "Port\u00e9e : au-del\u00e0 des membres du forum, environ une personne, 40" + NBSP + "% de femmes, 25"
                        + NBSP + "% de jeunes", "Preuves : 1 fichier" + NBSP + "; v\u00e9rifi\u00e9 le 20 mars 2026"});
        assertThat(story(FR, 1250, 2)).isEqualTo(new String[] {
                "Port\u00e9e : au-del\u00e0 des membres du forum, environ 1" + NNBSP + "250 personnes, 40" + NBSP
                        + "% de femmes, 25" + NBSP + "% de jeunes",
                "Preuves : 2 fichiers" + NBSP + "; v\u00e9rifi\u00e9 le 20 mars 2026"});
        assertThat(story(FR, 0, 0)[1]).isEqualTo("Preuves : aucune d\u00e9pos\u00e9e pour l'instant");
    }

    @Test
    void keyFigureLabelsAgreeWithTheirValue() {
        assertThat(figures(EN, "key.forums", 0, 1, 2, 1234)).containsExactly("0 Forums", "1 Forum", "2 Forums", "1,234 Forums");
        assertThat(figures(EN, "key.countries", 0, 1, 2)).containsExactly("0 Countries", "1 Country", "2 Countries");
        assertThat(figures(EN, "key.meetings", 1, 2)).containsExactly("1 Meeting held", "2 Meetings held");
        assertThat(figures(EN, "key.attention", 0, 1, 2))
                .containsExactly("0 Forums needing attention", "1 Forum needing attention", "2 Forums needing attention");
        assertThat(figures(EN, "key.beneficiaries", 1, 3))
                .containsExactly("1 Person reached (estimated)", "3 People reached (estimated)");

        assertThat(figures(FR, "key.forums", 0, 1, 2, 1234))
                .containsExactly("0 Forum", "1 Forum", "2 Forums", "1" + NNBSP + "234 Forums");
        assertThat(figures(FR, "key.activeForums", 1, 2)).containsExactly("1 Forum actif", "2 Forums actifs");
        assertThat(figures(FR, "key.actorTypes", 1, 2))
                .containsExactly("1 Type d'acteurs repr\u00e9sent\u00e9", "2 Types d'acteurs repr\u00e9sent\u00e9s");
        assertThat(figures(FR, "key.reflections", 1, 2))
                .containsExactly("1 R\u00e9union de r\u00e9flexion", "2 R\u00e9unions de r\u00e9flexion");
    }

    @Test
    void theRegionalTableCountsActiveForums() {
        assertThat(EN.message("regional.forumsActive", 1234, 1)).isEqualTo("1,234 (1 active)");
        assertThat(FR.message("regional.forumsActive", 1, 0)).isEqualTo("1 (0 actif)");
        assertThat(FR.message("regional.forumsActive", 3, 1)).isEqualTo("3 (1 actif)");
        assertThat(FR.message("regional.forumsActive", 1234, 2)).isEqualTo("1" + NNBSP + "234 (2 actifs)");
    }

    private static DonorFigures donor(long forums, int countries, long active, Participation total) {
        List<CountryLine> lines = new ArrayList<>();
        for (int i = 0; i < countries; i++) {
            lines.add(new CountryLine("Country " + i, i == 0 ? forums : 0, i == 0 ? active : 0,
                    i == 0 ? total : Participation.NONE));
        }
        return new DonorFigures(lines, total, forums, active, List.of(), List.of(), Activity.NONE, Fixtures.NOT_YET_RECORDED);
    }

    /** The commitment note and the action note of an activity with these counts. */
    private static List<Object> notes(ReportLabels labels, long commitments, long kept, long actions, long done) {
        Activity activity = new Activity(List.of(), 0,
                List.of(new Tally("OPEN", commitments - kept), new Tally("KEPT", kept)), List.of(), List.of(), List.of(),
                List.of(new Tally("PLANNED", actions - done), new Tally("DONE", done)), Outcomes.NONE);
        Map<String, Object> parameters = new HashMap<>();
        new ActivityParts(labels).put(activity, null, parameters);
        return List.of(parameters.get("commitmentNote"), parameters.get("actionNote"));
    }

    /** The reach and evidence lines of a story reaching {@code people} beyond the members, verified if it has files. */
    private static String[] story(ReportLabels labels, int people, long files) {
        OutcomeStory story = new OutcomeStory("Kisumu poultry finance forum", LocalDate.of(2026, 3, 2), "SERVICE_IMPROVED",
                Fixtures.OUTCOME, true, people, 40, 25, files, files > 0 ? LocalDate.of(2026, 3, 20) : null, null);
        Activity activity = new Activity(List.of(), 0, List.of(), List.of(), List.of(), List.of(), List.of(),
                new Outcomes(List.of(new Tally("SERVICE_IMPROVED", 1)), 1, people, files > 0 ? 1 : 0, List.of(story)));
        Map<String, Object> parameters = new HashMap<>();
        new ActivityParts(labels).put(activity, null, parameters);
        StoryRow row = ((List<?>) parameters.get("storyRows")).stream().map(StoryRow.class::cast).findFirst().orElseThrow();
        return new String[] {row.reach(), row.evidence()};
    }

    /** Each count's key figure as a reader sees the tile: value, then label. */
    private static List<String> figures(ReportLabels labels, String key, long... counts) {
        ReportParts parts = new ReportParts(labels);
        return LongStream.of(counts).mapToObj(n -> parts.counted(n, key)).map(f -> f.value() + " " + f.label()).toList();
    }
}
