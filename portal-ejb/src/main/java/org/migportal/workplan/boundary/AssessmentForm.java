package org.migportal.workplan.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Map;
import org.migportal.workplan.entity.ChecklistAnswer;
import org.migportal.workplan.entity.ChecklistQuestion;
import org.migportal.workplan.entity.Feasibility;
import org.migportal.workplan.entity.Rating;

/**
 * What the forum said about an action's feasibility: the checklist answers (a question left out is not
 * answered), the facilitator's adjustments of the computed ratings (each with its reason), commitment
 * and passion (1–5), and whether the action makes later ones easier. {@code version} is the assessment's
 * version the caller saw (ignored for a first assessment).
 */
public record AssessmentForm(
        long version,
        @NotNull Map<ChecklistQuestion, @Valid Answer> answers,
        @NotNull Map<Feasibility, @Valid Adjustment> adjustments,
        @Min(1) @Max(5) Integer commitment,
        @Min(1) @Max(5) Integer passion,
        boolean easesLater) implements Serializable {

    public record Answer(@NotNull ChecklistAnswer answer, @Size(max = 1000) String note) implements Serializable {
    }

    /** A rating the facilitator set instead of the computed one, and why. */
    public record Adjustment(@Min(Rating.LOWEST) @Max(Rating.HIGHEST) Integer rating,
            @Size(max = Rating.REASON_LENGTH) String reason) implements Serializable {
    }
}
