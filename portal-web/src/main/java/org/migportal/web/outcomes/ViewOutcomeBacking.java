package org.migportal.web.outcomes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.migportal.outcome.boundary.Outcomes;
import org.migportal.outcome.control.EvidenceCheck;
import org.migportal.outcome.entity.Outcome;
import org.migportal.outcome.entity.OutcomeEvidence;
import org.migportal.platform.control.NotFoundException;
import org.migportal.platform.control.RuleViolation;
import org.migportal.web.faces.BoundaryCall;
import org.migportal.web.faces.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * One outcome: what changed, for whom, who verified it, the actions that led to it, and its evidence files
 * (added here once the outcome is saved, downloaded through {@code /outcomes/evidence}). Read-only for those
 * who may not record the forum's outcomes.
 */
@Named
@ViewScoped
public class ViewOutcomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Outcomes outcomes;

    private Long id;
    private Outcome outcome;
    private List<OutcomeEvidence> evidence = List.of();
    private boolean recordable;
    private boolean conflict;

    public void load() {
        if (id == null) {
            throw new NotFoundException("Outcome", "");
        }
        reload();
    }

    private void reload() {
        outcome = outcomes.get(id);
        evidence = outcomes.evidence(id);
        recordable = outcomes.canRecord(outcome.getForum().getId());
    }

    /** Adds an uploaded file as evidence; too large or of another type it is refused and nothing is saved. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        BoundaryCall.run(() -> {
            if (file.getSize() > EvidenceCheck.MAX_BYTES) {
                throw new RuleViolation("evidence.tooLarge", file.getFileName(), getMaxMegabytes());
            }
            byte[] content;
            try (InputStream in = file.getInputStream()) {
                content = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            OutcomeEvidence added = outcomes.addEvidence(id, file.getFileName(), content);
            Messages.info("evidence.added", added.getFileName());
            reload();
        });
    }

    public void removeEvidence(OutcomeEvidence file) {
        BoundaryCall.run(() -> {
            outcomes.removeEvidence(file.getId());
            Messages.info("evidence.removed", file.getFileName());
            reload();
        });
    }

    public String delete() {
        return BoundaryCall.outcome(() -> {
            long forumId = outcome.getForum().getId();
            outcomes.delete(id, outcome.getVersion());
            Messages.flashInfo("outcome.deleted");
            return "/outcomes/list?faces-redirect=true&forum=" + forumId;
        }, () -> conflict = true);
    }

    /** Whether another file may be added (the page hides the upload when the outcome has its ten). */
    public boolean isRoomForEvidence() {
        return evidence.size() < EvidenceCheck.MAX_FILES;
    }

    public long getMaxBytes() {
        return EvidenceCheck.MAX_BYTES;
    }

    public int getMaxMegabytes() {
        return EvidenceCheck.MAX_BYTES / (1024 * 1024);
    }

    /** What deleting takes with it, for the confirmation. */
    public String getDeleteConfirm() {
        return evidence.isEmpty() ? Messages.text("outcome.delete.confirm")
                : Messages.text("outcome.delete.confirmFiles", evidence.size());
    }

    public String getEvidenceHint() {
        return Messages.text("outcome.evidence.hint", getMaxMegabytes(), EvidenceCheck.MAX_FILES);
    }

    public String getTooLargeText() {
        return Messages.text("outcome.evidence.tooLargeShort", getMaxMegabytes());
    }

    public String getEvidenceFullText() {
        return Messages.text("outcome.evidence.full", EvidenceCheck.MAX_FILES);
    }

    /** A share as the page shows it ("40 %"), or nothing when not estimated. */
    public String percent(Integer share) {
        return share == null ? "" : Messages.text("outcome.percent", share);
    }

    /** The size in kilobytes (at least 1), as the evidence list shows it. */
    public long kilobytes(OutcomeEvidence file) {
        return Math.max(1, Math.round(file.getSizeBytes() / 1024.0));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public List<OutcomeEvidence> getEvidence() {
        return evidence;
    }

    public boolean isRecordable() {
        return recordable;
    }

    public boolean isConflict() {
        return conflict;
    }
}
