package org.migportal.outcome.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.migportal.platform.control.RuleViolation;

/**
 * What an evidence file may be: a PDF, PNG or JPEG by its first bytes (a name or a browser's content type
 * is only a claim), named accordingly, at most {@link #MAX_BYTES}; and an outcome holds at most
 * {@link #MAX_FILES}. Anything else could be served back as something a browser runs.
 */
public final class EvidenceCheck {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_FILES = 10;
    public static final int MAX_NAME_LENGTH = 255;

    /** The types accepted, each with its signature and the file name endings it goes by. */
    public enum Kind {
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, Set.of("pdf")),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, Set.of("png")),
        JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, Set.of("jpg", "jpeg"));

        private final String contentType;
        private final byte[] signature;
        private final Set<String> extensions;

        Kind(String contentType, byte[] signature, Set<String> extensions) {
            this.contentType = contentType;
            this.signature = signature;
            this.extensions = extensions;
        }

        public String contentType() {
            return contentType;
        }

        boolean starts(byte[] content) {
            return content.length >= signature.length
                    && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
        }
    }

    private EvidenceCheck() {
    }

    /**
     * The kind of an acceptable file; refuses an empty or too large file, content that is not a PDF, PNG
     * or JPEG, and a name whose ending says another type than the content is.
     */
    public static Kind kindOf(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new RuleViolation("evidence.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolation("evidence.tooLarge", fileName, MAX_BYTES / (1024 * 1024));
        }
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.starts(content)).findFirst()
                .orElseThrow(() -> new RuleViolation("evidence.type", fileName));
        String extension = extension(fileName).orElse("");
        if (!kind.extensions.contains(extension)) {
            throw new RuleViolation("evidence.type", fileName);
        }
        return kind;
    }

    /**
     * The name to store and send back: without any folder a browser sent with it, without characters that
     * could break a header or a file system, and not longer than the column.
     */
    public static String safeName(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"*:<>?|;]", "_").strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = "evidence";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            String ending = extension(name).map(e -> "." + e).orElse("");
            name = name.substring(0, MAX_NAME_LENGTH - ending.length()) + ending;
        }
        return name;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static Optional<String> extension(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1
                ? Optional.empty()
                : Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
