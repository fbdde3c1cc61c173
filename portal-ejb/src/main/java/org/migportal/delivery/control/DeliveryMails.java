package org.migportal.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.migportal.delivery.entity.ReportSchedule;
import org.migportal.report.control.ArchivedReport;

/**
 * The e-mail of a scheduled report, in the report's language: the PDF attached when the schedule says so and
 * the file is at most {@value #ATTACHMENT_LIMIT} bytes (mail servers refuse large messages), otherwise a link to
 * the archived file at the portal's public address ({@code PORTAL_PUBLIC_BASE_URL}), which asks the reader to
 * sign in.
 */
@ApplicationScoped
public class DeliveryMails {

    public static final int ATTACHMENT_LIMIT = 5 * 1024 * 1024;
    private static final String TEXTS = "org.migportal.delivery.control.DeliveryMailTexts";

    @Inject
    MailSettings settings;

    public ReportMail of(ReportSchedule schedule, ArchivedReport report, byte[] content) {
        Locale locale = Locale.forLanguageTag(report.language());
        ResourceBundle texts = ResourceBundle.getBundle(TEXTS, locale, DeliveryMails.class.getClassLoader());
        String subject = format(texts, locale, "mail.subject", report.title(), report.scope(), report.from(), report.to());
        boolean attach = schedule.isAttachFile() && content != null && content.length <= ATTACHMENT_LIMIT;
        StringBuilder text = new StringBuilder();
        if (attach) {
            text.append(format(texts, locale, "mail.attached", report.title(), report.scope(), report.from(), report.to()));
        } else {
            text.append(format(texts, locale, "mail.link", report.title(), report.scope(), report.from(), report.to(),
                    downloadLink(report.id())));
        }
        text.append("\n\n").append(format(texts, locale, "mail.checksum", report.sha256()));
        text.append("\n\n-- \n").append(format(texts, locale, "mail.footer", schedule.getCreatedBy(),
                texts.getString("mail.frequency." + schedule.getFrequency().name())));
        return new ReportMail(subject, text.toString(), fileName(report), attach ? content : null);
    }

    /** The archived file's address in the portal, for readers who sign in. */
    public String downloadLink(long archiveId) {
        return settings.publicBaseUrl() + "/reports/download?id=" + archiveId;
    }

    static String fileName(ArchivedReport report) {
        return report.type().name().toLowerCase(Locale.ROOT) + "-report-" + report.id() + "-" + report.from() + "-"
                + report.to() + ".pdf";
    }

    private static String format(ResourceBundle texts, Locale locale, String key, Object... arguments) {
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] == null ? "" : arguments[i].toString();
        }
        return new MessageFormat(texts.getString(key), locale).format(shown);
    }
}
