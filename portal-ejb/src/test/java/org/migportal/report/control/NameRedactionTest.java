package org.migportal.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NameRedactionTest {

    @Test
    void leavesOutMembersNamesWhateverTheirCaseAndKeepsTheRest() {
        String lesson = "Achieng Otieno's visit to the bank helped; OTIENO and wanjiru agreed to keep records. Kamau-style ledgers work.";

        String redacted = NameRedaction.redact(lesson, Set.of("achieng", "otieno", "wanjiru", "kamau"));

        // Possessives and hyphenated words lose the name too: better a word too many left out than a name printed.
        assertThat(redacted).isEqualTo(
                "[\u2026]'s visit to the bank helped; [\u2026] and [\u2026] agreed to keep records. [\u2026]-style ledgers work.");
    }

    @Test
    void aFullNameBecomesOneGap() {
        assertThat(NameRedaction.redact("Thanks to Amira Osman, prices are shared.", Set.of("amira", "osman")))
                .isEqualTo("Thanks to [\u2026], prices are shared.");
    }

    @Test
    void theWordsToLookUpAreInLowerCase() {
        assertThat(NameRedaction.words("Élodie met the D\u00e9l\u00e9gu\u00e9 twice, twice!"))
                .containsExactly("élodie", "met", "the", "d\u00e9l\u00e9gu\u00e9", "twice");
    }
}
