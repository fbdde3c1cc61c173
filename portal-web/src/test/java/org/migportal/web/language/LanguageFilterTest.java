package org.migportal.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageFilterTest {

    @Test
    void theAddressBackKeepsEveryOtherParameter() {
        assertThat(LanguageFilter.withoutLanguage("/forums/view", "id=5&lang=fr")).isEqualTo("/forums/view?id=5");
        assertThat(LanguageFilter.withoutLanguage("/forums/list", "lang=ar")).isEqualTo("/forums/list");
        assertThat(LanguageFilter.withoutLanguage("/forums/list", "text=a%26b&lang=es&language=x"))
                .isEqualTo("/forums/list?text=a%26b&language=x");
        assertThat(LanguageFilter.withoutLanguage("/", null)).isEqualTo("/");
    }

    @Test
    void theAddressBackNeverLeavesThePortal() {
        assertThat(LanguageFilter.withoutLanguage("//evil.example/x", "lang=fr")).isEqualTo("/evil.example/x");
    }

    @Test
    void onlyThePortalsLanguagesAreChosen() {
        assertThat(PortalLanguage.ofCode("ar")).contains(PortalLanguage.ARABIC);
        assertThat(PortalLanguage.ofCode("de")).isEmpty();
        assertThat(PortalLanguage.ofCode(null)).isEmpty();
    }
}
