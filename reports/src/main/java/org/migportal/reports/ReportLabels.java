package org.migportal.reports;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the reports in one language, from {@code labels.properties} (English) and its
 * translations: headings, and the labels of portal values so that no raw code such as
 * {@code SMALL_PRODUCER} reaches a page. Also formats numbers, shares and dates for that language.
 *
 * <p>A sentence with values is a {@link MessageFormat} pattern formatted by {@link #message}, the same
 * way the templates' {@code msg(...)} does: a count goes in as a number, so that a choice part such as
 * {@code {0,choice,0#no forum|1#one forum|1<{0,number,integer} forums}} agrees with it and
 * {@code {0,number,integer}} groups its digits for the language. Apostrophes in such a label are doubled.
 */
public final class ReportLabels {

    public static final String BUNDLE = "org/migportal/reports/labels";

    private final ResourceBundle bundle;
    private final Locale locale;

    public ReportLabels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE.replace('/', '.'), locale, ReportLabels.class.getClassLoader());
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    /** A sentence of the reports with its values, e.g. {@code message("story.evidence", 2)} -> "Evidence: 2 files". */
    public String message(String key, Object... arguments) {
        return new MessageFormat(text(key), locale).format(arguments);
    }

    /** The label of a portal value, e.g. {@code value("actorType", "SMALL_PRODUCER")} -> "Small producers". */
    public String value(String group, String code) {
        if (code == null) {
            return text("value.notRecorded");
        }
        return text(group + "." + code);
    }

    /** Whether a value has a label (the portal's tests check every value of its enums). */
    public boolean hasValue(String group, String code) {
        try {
            bundle.getString(group + "." + code);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    public String count(long count) {
        return NumberFormat.getIntegerInstance(locale).format(count);
    }

    public String percent(double share) {
        return NumberFormat.getPercentInstance(locale).format(share);
    }

    /** "40%": a part's share of the whole (none of nothing). */
    public String share(long part, long whole) {
        return percent(whole == 0 ? 0 : (double) part / whole);
    }

    /** "12 (40%)": a part and its share of the whole. */
    public String withShare(long part, long whole) {
        return count(part) + " (" + share(part, whole) + ")";
    }

    public String date(LocalDate date) {
        return date == null ? text("value.notRecorded")
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    public String period(LocalDate from, LocalDate to) {
        return message("frame.period", date(from), date(to));
    }
}
