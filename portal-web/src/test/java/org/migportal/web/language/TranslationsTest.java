package org.migportal.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every text of the English bundles has its translation in French, Spanish and Arabic, and each
 * translation is a pattern that still takes the English one's arguments. Run it after adding keys to
 * messages.properties: it lists the keys still to translate.
 */
class TranslationsTest {

    private static final String MESSAGES = "org/migportal/web/i18n/messages";
    private static final String VALIDATION = "ValidationMessages";

    /** {0}, {1,choice,…} and PrimeFaces' {startRecord}: the name or index of each argument. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{([A-Za-z0-9]+)");
    private static final Pattern NUMERIC_ARGUMENT = Pattern.compile("\\{(\\d+),(choice|number)");
    private static final Pattern INDEX = Pattern.compile("\\{\\d+[,}]");

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({MESSAGES + ",fr", MESSAGES + ",es", MESSAGES + ",ar",
            VALIDATION + ",fr", VALIDATION + ",es", VALIDATION + ",ar"})
    void everyKeyIsTranslatedAndNoOtherIs(String bundle, String language) throws IOException {
        Properties english = read(bundle + ".properties");
        Properties translated = read(bundle + "_" + language + ".properties");

        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());

        assertThat(missing).as("keys of %s.properties still to translate into %s", bundle, language).isEmpty();
        assertThat(extra).as("keys of %s_%s.properties that English no longer has", bundle, language).isEmpty();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({MESSAGES + ",fr", MESSAGES + ",es", MESSAGES + ",ar",
            VALIDATION + ",fr", VALIDATION + ",es", VALIDATION + ",ar"})
    void everyTranslationTakesTheEnglishArgumentsAndIsAValidPattern(String bundle, String language) throws IOException {
        Properties english = read(bundle + ".properties");
        Properties translated = read(bundle + "_" + language + ".properties");
        Locale locale = Locale.forLanguageTag(language);
        List<String> problems = new ArrayList<>();

        for (String key : new TreeSet<>(translated.stringPropertyNames())) {
            String text = translated.getProperty(key);
            String original = english.getProperty(key);
            if (text.isBlank()) {
                problems.add(key + ": empty");
                continue;
            }
            if (original == null) {
                continue;
            }
            if (!arguments(text).equals(arguments(original))) {
                problems.add(key + ": arguments " + arguments(text) + " instead of " + arguments(original));
                continue;
            }
            if (INDEX.matcher(original).find()) {
                problems.addAll(formatProblems(key, original, text, locale));
            } else if (text.contains("''")) {
                problems.add(key + ": '' shows twice in a text without arguments");
            }
        }
        assertThat(problems).as("%s_%s.properties", bundle, language).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({MESSAGES + "_fr", MESSAGES + "_es", MESSAGES + "_ar", MESSAGES + "_en",
            VALIDATION + "_fr", VALIDATION + "_es", VALIDATION + "_ar", VALIDATION + "_en"})
    void translationsAreUtf8SoThatJavaReadsThemAsWritten(String bundle) throws IOException {
        byte[] bytes = bytes(bundle + ".properties");
        // A single malformed byte would make ResourceBundle fall back to ISO-8859-1 for the whole file.
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException notUtf8) {
            throw new AssertionError(bundle + ".properties is not valid UTF-8", notUtf8);
        }
    }

    @Test
    void theEnglishBundlesOfTheirOwnAreEmptySoThatEnglishIsTheBase() throws IOException {
        assertThat(read(MESSAGES + "_en.properties")).isEmpty();
        assertThat(read(VALIDATION + "_en.properties")).isEmpty();
    }

    @Test
    void facesConfigSupportsExactlyThePortalsLanguages() throws IOException {
        String facesConfig = Files.readString(Path.of("src/main/webapp/WEB-INF/faces-config.xml"));
        Matcher supported = Pattern.compile("<supported-locale>([^<]+)</supported-locale>").matcher(facesConfig);
        List<String> locales = new ArrayList<>();
        while (supported.find()) {
            locales.add(supported.group(1).strip());
        }
        assertThat(locales).containsExactly(
                java.util.Arrays.stream(PortalLanguage.values()).map(PortalLanguage::getCode).toArray(String[]::new));
        assertThat(facesConfig).contains("<default-locale>en</default-locale>");
    }

    /** The pattern parses, formats with the English arguments, and keeps no lone apostrophe (it would vanish). */
    private static List<String> formatProblems(String key, String original, String text, Locale locale) {
        List<String> problems = new ArrayList<>();
        String withoutDoubled = text.replace("''", "");
        if (withoutDoubled.indexOf('\'') >= 0) {
            problems.add(key + ": a lone ' in a pattern quotes what follows; write \u2019 (or '')");
        }
        try {
            MessageFormat format = new MessageFormat(text, locale);
            for (int sample : new int[] {0, 1, 2, 3, 7, 11, 100}) {
                String shown = format.format(samples(original, sample));
                if (shown.contains("{") && !original.contains("'{'")) {
                    problems.add(key + ": shows an unformatted argument: " + shown);
                    break;
                }
            }
        } catch (IllegalArgumentException invalid) {
            problems.add(key + ": not a valid pattern: " + invalid.getMessage());
        }
        return problems;
    }

    /** Arguments as the English pattern uses them: numbers where it counts or formats numbers, else text. */
    private static Object[] samples(String original, int number) {
        Set<Integer> numeric = new TreeSet<>();
        Matcher matcher = NUMERIC_ARGUMENT.matcher(original);
        while (matcher.find()) {
            numeric.add(Integer.parseInt(matcher.group(1)));
        }
        Object[] arguments = new Object[10];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = numeric.contains(i) ? (Object) number : "arg" + i;
        }
        return arguments;
    }

    private static Set<String> arguments(String text) {
        Matcher matcher = ARGUMENT.matcher(text);
        Set<String> names = new TreeSet<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Properties read(String resource) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(new String(bytes(resource), StandardCharsets.UTF_8)));
        return properties;
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }
}
