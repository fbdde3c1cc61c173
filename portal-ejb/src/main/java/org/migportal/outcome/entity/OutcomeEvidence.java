package org.migportal.outcome.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumOwned;
import org.migportal.platform.entity.PortalEntity;

/**
 * An evidence file of an outcome, described: its name, checked type, size and SHA-256, who uploaded it
 * and when. The bytes are stored apart (table {@code outcome_evidence_file}) and read only for a download.
 */
@Entity
@Table(name = "outcome_evidence")
@NamedQuery(name = OutcomeEvidence.OF_OUTCOME, query = """
        SELECT e FROM OutcomeEvidence e WHERE e.outcome = :outcome ORDER BY e.uploadedAt, e.id""")
@NamedQuery(name = OutcomeEvidence.COUNT_OF_OUTCOME, query = """
        SELECT COUNT(e) FROM OutcomeEvidence e WHERE e.outcome = :outcome""")
public class OutcomeEvidence extends PortalEntity implements ForumOwned {

    public static final String OF_OUTCOME = "OutcomeEvidence.ofOutcome";
    public static final String COUNT_OF_OUTCOME = "OutcomeEvidence.countOfOutcome";
    public static final int FILE_NAME_LENGTH = 255;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "outcome_id")
    private Outcome outcome;

    @NotBlank
    @Size(max = FILE_NAME_LENGTH)
    @Column(name = "file_name")
    private String fileName;

    @NotNull
    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private int sizeBytes;

    @NotNull
    private String sha256;

    @NotNull
    @Column(name = "uploaded_by")
    private String uploadedBy;

    @NotNull
    @Column(name = "uploaded_at")
    private LocalDateTime uploadedAt;

    public OutcomeEvidence() {
    }

    public OutcomeEvidence(Outcome outcome, String fileName, String contentType, int sizeBytes, String sha256,
            String uploadedBy, LocalDateTime uploadedAt) {
        this.outcome = outcome;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    @Override
    public Forum owningForum() {
        return outcome.getForum();
    }
}
