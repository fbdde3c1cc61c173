package org.migportal.web.workplan;

import java.io.Serializable;
import org.migportal.workplan.entity.Feasibility;

/** The facilitator's rating of one side of feasibility instead of the computed one, and why. */
public class AdjustmentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Feasibility side;
    private Integer rating;
    private String reason;

    AdjustmentRow(Feasibility side, Integer rating, String reason) {
        this.side = side;
        this.rating = rating;
        this.reason = reason;
    }

    public Feasibility getSide() {
        return side;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
