package org.migportal.workplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * One side of an action's feasibility on a 1–5 scale: the rating the checklist answers give, and the
 * facilitator's adjustment with its reason. Both are kept so the forum sees where judgement differed.
 */
@Embeddable
public class Rating implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int REASON_LENGTH = 1000;
    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    @Min(LOWEST)
    @Max(HIGHEST)
    @Column(name = "rating")
    private Integer computed;

    @Min(LOWEST)
    @Max(HIGHEST)
    @Column(name = "override")
    private Integer override;

    @Size(max = REASON_LENGTH)
    @Column(name = "override_reason")
    private String overrideReason;

    public Rating() {
    }

    public Rating(Integer computed, Integer override, String overrideReason) {
        this.computed = computed;
        this.override = override;
        this.overrideReason = overrideReason;
    }

    /** An adjusted rating needs its reason, and a reason needs an adjustment to explain. */
    @AssertTrue(message = "{rating.override.reason}")
    public boolean isOverrideExplained() {
        boolean hasReason = overrideReason != null && !overrideReason.isBlank();
        return (override == null) == !hasReason;
    }

    /** The facilitator's rating where they adjusted it, else the computed one; null if neither. */
    public Integer effective() {
        return override != null ? override : computed;
    }

    public boolean isOverridden() {
        return override != null;
    }

    public Integer getComputed() {
        return computed;
    }

    public void setComputed(Integer computed) {
        this.computed = computed;
    }

    public Integer getOverride() {
        return override;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void adjust(Integer rating, String reason) {
        this.override = rating;
        this.overrideReason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
