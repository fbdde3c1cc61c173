package org.migportal.devserver;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The start command's mail server: a GreenMail SMTP server on a free loopback port that accepts every e-mail the
 * portal sends (report schedules) and saves each one as an {@code .eml} file in {@code .data/mail/}, which any
 * mail program opens. Nothing leaves the machine.
 */
final class DevMailbox implements AutoCloseable {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final GreenMail greenMail;
    private final Path directory;
    private final Thread saver;
    private volatile boolean open = true;

    private DevMailbox(GreenMail greenMail, Path directory) {
        this.greenMail = greenMail;
        this.directory = directory;
        this.saver = new Thread(this::saveIncoming, "dev-mailbox");
        saver.setDaemon(true);
    }

    static DevMailbox start(Path directory) throws IOException {
        Files.createDirectories(directory);
        GreenMail greenMail = new GreenMail(new ServerSetup(Ports.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        DevMailbox mailbox = new DevMailbox(greenMail, directory);
        mailbox.saver.start();
        return mailbox;
    }

    int port() {
        return greenMail.getSmtp().getPort();
    }

    Path directory() {
        return directory;
    }

    private void saveIncoming() {
        int saved = 0;
        while (open) {
            if (greenMail.waitForIncomingEmail(2_000, saved + 1)) {
                MimeMessage[] received = greenMail.getReceivedMessages();
                for (int i = saved; i < received.length; i++) {
                    save(received[i], i + 1);
                }
                saved = received.length;
            }
        }
    }

    private void save(MimeMessage message, int number) {
        Path file = directory.resolve(FILE_TIME.format(LocalDateTime.now()) + "-" + number + ".eml");
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
            System.out.println("[portal] E-mail to " + String.join(", ", message.getHeader("To")) + " saved in " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            System.out.println("[portal] An e-mail could not be saved: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        open = false;
        greenMail.stop();
    }
}
