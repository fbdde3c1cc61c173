package org.migportal.platform.control;

/** A LIKE pattern that finds the user's text anywhere, with {@code %} and {@code _} taken literally. */
public final class LikePattern {

    public static final char ESCAPE = '\\';

    private LikePattern() {
    }

    public static String containing(String text) {
        String escaped = text.strip().toLowerCase()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
