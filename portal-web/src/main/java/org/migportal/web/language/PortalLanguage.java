package org.migportal.web.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the portal is written in, named in itself for the choice in the header. The same list as the
 * supported locales of faces-config.xml (a test holds them together); English is the default.
 */
public enum PortalLanguage {

    ENGLISH("en", "English", "en"),
    FRENCH("fr", "Français", "fr"),
    SPANISH("es", "Español", "es"),
    /**
     * Arabic with Western digits ("nu-latn", as in the Maghreb and most software): the portal's dates,
     * codes, phone numbers and figures from the data are written with them, so counts in sentences are too.
     */
    ARABIC("ar", "العربية", "ar-u-nu-latn");

    private final String code;
    private final String ownName;
    private final Locale locale;

    PortalLanguage(String code, String ownName, String languageTag) {
        this.code = code;
        this.ownName = ownName;
        this.locale = Locale.forLanguageTag(languageTag);
    }

    /** The ISO 639-1 code: the {@code lang} parameter, the cookie's value and the bundle suffix. */
    public String getCode() {
        return code;
    }

    /** The language's name in that language ("Français"), so that a reader finds theirs whatever the page shows. */
    public String getOwnName() {
        return ownName;
    }

    /** The view locale: it picks the bundle (by language) and formats numbers and dates. */
    public Locale getLocale() {
        return locale;
    }

    public static Optional<PortalLanguage> ofCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
    }
}
