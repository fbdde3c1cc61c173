package org.migportal.web.api.forums;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.migportal.forum.entity.Forum;

/** Closing a forum for good, with what was learned, made on the given version of the forum. */
public record Closing(@NotNull Long version, @NotBlank @Size(max = Forum.LESSONS_LENGTH) String lessonsLearned) {
}
