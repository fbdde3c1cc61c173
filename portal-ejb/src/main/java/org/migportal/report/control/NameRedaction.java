package org.migportal.report.control;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes people's names out of a text written by a forum (a reflection's lessons) before it goes into
 * a report for outsiders: every word that is the given or family name of a member is replaced by
 * "[…]", whatever its case. Errs on the side of leaving out: a name that is also a common word goes too.
 */
public final class NameRedaction {

    static final String LEFT_OUT = "[\u2026]";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*");
    private static final Pattern REPEATED = Pattern.compile(Pattern.quote(LEFT_OUT) + "(\\s+" + Pattern.quote(LEFT_OUT) + ")+");

    private NameRedaction() {
    }

    /** The words of a text, in lower case, to look up among the members' names. */
    public static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * The text with every word in {@code names} (lower case) left out; a full name becomes one "[…]".
     */
    public static String redact(String text, Set<String> names) {
        Matcher word = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            String replacement = names.contains(word.group().toLowerCase(Locale.ROOT)) ? LEFT_OUT : word.group();
            word.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        word.appendTail(out);
        return REPEATED.matcher(out).replaceAll(Matcher.quoteReplacement(LEFT_OUT));
    }
}
