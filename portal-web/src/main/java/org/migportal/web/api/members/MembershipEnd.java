package org.migportal.web.api.members;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The end of a membership on a day, made on the given version. */
public record MembershipEnd(@NotNull Long version, @NotNull LocalDate leftOn) {
}
