package org.migportal.support.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import org.migportal.support.control.Quarter;
import org.migportal.support.control.SelfFinancingShare;

/** One quarter of a forum's financing: what the members put in, what the programme gave, and the share. */
public record QuarterShare(Quarter quarter, BigDecimal own, BigDecimal support) implements Serializable {

    /** Whole percent, or null when nothing was put in that quarter. */
    public Integer share() {
        return SelfFinancingShare.percent(own, support);
    }

    public String getLabel() {
        return quarter.label();
    }

    public BigDecimal getOwn() {
        return own;
    }

    public BigDecimal getSupport() {
        return support;
    }

    public Integer getShare() {
        return share();
    }
}
