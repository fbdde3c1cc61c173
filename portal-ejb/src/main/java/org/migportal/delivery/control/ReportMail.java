package org.migportal.delivery.control;

/**
 * An e-mail of a report: subject, plain text, and the PDF when it is attached ({@code attachment} null when
 * the text links to the report instead).
 */
public record ReportMail(String subject, String text, String fileName, byte[] attachment) implements java.io.Serializable {

    public boolean attached() {
        return attachment != null;
    }
}
