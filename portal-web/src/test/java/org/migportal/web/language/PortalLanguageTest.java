package org.migportal.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class PortalLanguageTest {

    private static final String MESSAGES = "org.migportal.web.i18n.messages";

    @Test
    void arabicReadsTheArabicBundleAndWritesWesternDigitsLikeTheDatesBesideThem() {
        ResourceBundle arabic = ResourceBundle.getBundle(MESSAGES, PortalLanguage.ARABIC.getLocale());
        assertThat(arabic.getString("nav.forums")).isEqualTo("المنتديات");
        String counted = new MessageFormat(arabic.getString("attendance.presentOf"), PortalLanguage.ARABIC.getLocale())
                .format(new Object[] {17, 25, 68});
        assertThat(counted).isEqualTo("17 من 25 (68٪)");
    }

    @Test
    void everyLanguageReadsItsOwnBundle() {
        assertThat(ResourceBundle.getBundle(MESSAGES, PortalLanguage.FRENCH.getLocale()).getString("nav.members")).isEqualTo("Membres");
        assertThat(ResourceBundle.getBundle(MESSAGES, PortalLanguage.SPANISH.getLocale()).getString("nav.members")).isEqualTo("Miembros");
        assertThat(ResourceBundle.getBundle(MESSAGES, PortalLanguage.ENGLISH.getLocale()).getString("nav.members")).isEqualTo("Members");
    }
}
