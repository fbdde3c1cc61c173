package org.migportal.web.api.outcomes;

import java.time.LocalDateTime;
import org.migportal.outcome.entity.OutcomeEvidence;

/** An evidence file, described; its bytes come from {@code GET /api/outcomes/evidence/{id}/file}. */
public record EvidenceDetails(long id, String fileName, String contentType, int sizeBytes, String sha256,
        String uploadedBy, LocalDateTime uploadedAt) {

    static EvidenceDetails of(OutcomeEvidence e) {
        return new EvidenceDetails(e.getId(), e.getFileName(), e.getContentType(), e.getSizeBytes(), e.getSha256(),
                e.getUploadedBy(), e.getUploadedAt());
    }
}
