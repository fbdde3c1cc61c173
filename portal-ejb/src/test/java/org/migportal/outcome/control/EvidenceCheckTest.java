package org.migportal.outcome.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.migportal.platform.control.RuleViolation;

class EvidenceCheckTest {

    private static final byte[] PDF = "%PDF-1.4\n%...".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0};

    @Test
    void pdfPngAndJpegAreKnownByTheirFirstBytes() {
        assertThat(EvidenceCheck.kindOf("minutes.pdf", PDF).contentType()).isEqualTo("application/pdf");
        assertThat(EvidenceCheck.kindOf("photo.PNG", PNG).contentType()).isEqualTo("image/png");
        assertThat(EvidenceCheck.kindOf("photo.jpeg", JPEG).contentType()).isEqualTo("image/jpeg");
        assertThat(EvidenceCheck.kindOf("photo.jpg", JPEG).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void aNameDoesNotMakeAFileWhatItClaims() {
        byte[] html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EvidenceCheck.kindOf("letter.pdf", html))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("evidence.type");
        assertThatThrownBy(() -> EvidenceCheck.kindOf("letter.html", PDF))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("evidence.type");
        assertThatThrownBy(() -> EvidenceCheck.kindOf("photo.png", JPEG))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("evidence.type");
        assertThatThrownBy(() -> EvidenceCheck.kindOf("noending", PDF))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("evidence.type");
    }

    @Test
    void tenMegabytesIsTheMostAndEmptyIsNothing() {
        byte[] atLimit = Arrays.copyOf(PDF, EvidenceCheck.MAX_BYTES);
        assertThat(EvidenceCheck.kindOf("big.pdf", atLimit).contentType()).isEqualTo("application/pdf");
        byte[] over = Arrays.copyOf(PDF, EvidenceCheck.MAX_BYTES + 1);
        assertThatThrownBy(() -> EvidenceCheck.kindOf("big.pdf", over)).hasMessageContaining("evidence.tooLarge");
        assertThatThrownBy(() -> EvidenceCheck.kindOf("empty.pdf", new byte[0])).hasMessageContaining("evidence.empty");
    }

    @Test
    void storedNamesLoseFoldersAndHeaderBreakingCharacters() {
        assertThat(EvidenceCheck.safeName("C:\\Users\\amina\\letter.pdf")).isEqualTo("letter.pdf");
        assertThat(EvidenceCheck.safeName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(EvidenceCheck.safeName("a\"b\r\nc.pdf")).isEqualTo("a_b__c.pdf");
        assertThat(EvidenceCheck.safeName("..")).isEqualTo("evidence");
        assertThat(EvidenceCheck.safeName("x".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
        assertThat(EvidenceCheck.safeName("Lettre du préfet.pdf")).isEqualTo("Lettre du préfet.pdf");
    }
}
