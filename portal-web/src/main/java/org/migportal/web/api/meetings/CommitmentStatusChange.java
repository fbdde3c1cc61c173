package org.migportal.web.api.meetings;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.migportal.meeting.entity.Commitment;
import org.migportal.meeting.entity.CommitmentStatus;

/** What became of a commitment, made on the given version; RENEGOTIATED needs the new date. */
public record CommitmentStatusChange(
        @NotNull Long version,
        @NotNull CommitmentStatus status,
        LocalDate newDueOn,
        @Size(max = Commitment.NOTE_LENGTH) String note) {
}
