package org.migportal.web.api.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.migportal.meeting.entity.Commitment;

/** What a member seated in the forum on the meeting's day promised there, and by when (on or after the meeting). */
public record NewCommitment(
        @NotNull Long meetingId,
        @NotNull Long memberId,
        @NotBlank @Size(max = Commitment.DESCRIPTION_LENGTH) String description,
        @NotNull LocalDate dueOn) {
}
