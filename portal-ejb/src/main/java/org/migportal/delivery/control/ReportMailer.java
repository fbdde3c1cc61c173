package org.migportal.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Sends one e-mail through the configured SMTP server ({@link MailSettings}) with Jakarta Mail, which Payara
 * Micro provides (Angus Mail). A refusal (server down, login refused, address rejected) is a
 * {@link MessagingException} for the caller to record and retry.
 */
@ApplicationScoped
public class ReportMailer {

    @Inject
    MailSettings settings;

    public void send(String recipient, ReportMail mail) throws MessagingException {
        Session session = Session.getInstance(settings.sessionProperties());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        if (mail.attached()) {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name());
            MimeBodyPart pdf = new MimeBodyPart();
            pdf.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(mail.attachment(), "application/pdf")));
            pdf.setFileName(mail.fileName());
            pdf.setDisposition(MimeBodyPart.ATTACHMENT);
            Multipart parts = new MimeMultipart();
            parts.addBodyPart(text);
            parts.addBodyPart(pdf);
            message.setContent(parts);
        } else {
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
        }
        message.saveChanges();
        if (settings.login().isPresent()) {
            Transport.send(message, settings.login().get(), settings.password());
        } else {
            Transport.send(message);
        }
    }
}
