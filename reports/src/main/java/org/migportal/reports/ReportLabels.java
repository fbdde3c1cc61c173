package org.migportal.reports;

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

    /** "12 (40%)": a part and its share of the whole. */
    public String withShare(long part, long whole) {
        return count(part) + " (" + percent(whole == 0 ? 0 : (double) part / whole) + ")";
    }

    public String date(LocalDate date) {
        return date == null ? text("value.notRecorded")
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    public String period(LocalDate from, LocalDate to) {
        return String.format(locale, text("frame.period"), date(from), date(to));
    }
}
