package org.migportal.support.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.migportal.support.control.SelfFinancingShare;

/**
 * A forum's self-financing over a run of quarters, in the currency of its country (in which members'
 * contributions are recorded); support given in other currencies cannot be compared without a rate, so it
 * is listed apart and not counted.
 */
public record SelfFinancing(String currency, List<QuarterShare> quarters, List<CurrencyAmount> notCounted)
        implements Serializable {

    public SelfFinancing {
        quarters = List.copyOf(quarters);
        notCounted = List.copyOf(notCounted);
    }

    public BigDecimal ownTotal() {
        return quarters.stream().map(QuarterShare::own).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal supportTotal() {
        return quarters.stream().map(QuarterShare::support).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The share over the whole run, or null when nothing was put in. */
    public Integer share() {
        return SelfFinancingShare.percent(ownTotal(), supportTotal());
    }

    public boolean isEmpty() {
        return share() == null;
    }
}
