package org.migportal.web.api.meetings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.migportal.meeting.entity.AttendanceStatus;

/**
 * A meeting's whole attendance, recorded in one go on the meeting's version. Listed members left out
 * are recorded as absent; a member not seated in the forum on the meeting's day is refused (422).
 */
public record AttendanceSheet(@NotNull Long version, @NotNull List<@Valid @NotNull Mark> entries) {

    /** One member's status. */
    public record Mark(@NotNull Long memberId, @NotNull AttendanceStatus status) {
    }
}
