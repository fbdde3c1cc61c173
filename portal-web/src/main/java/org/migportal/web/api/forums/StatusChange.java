package org.migportal.web.api.forums;

import jakarta.validation.constraints.NotNull;
import org.migportal.forum.entity.ForumStatus;

/** A move along the forum's lifecycle, made on the given version of the forum. */
public record StatusChange(@NotNull Long version, @NotNull ForumStatus status) {
}
