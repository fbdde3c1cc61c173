package org.migportal.support.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of a forum's money that its members put in themselves: own contributions over own
 * contributions plus programme support, in whole percent. Nothing put in by anyone has no share
 * (rather than 0 %, which would read as full dependency).
 */
public final class SelfFinancingShare {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SelfFinancingShare() {
    }

    public static Integer percent(BigDecimal own, BigDecimal support) {
        BigDecimal ownAmount = positive(own);
        BigDecimal total = ownAmount.add(positive(support));
        if (total.signum() == 0) {
            return null;
        }
        return ownAmount.multiply(HUNDRED).divide(total, 0, RoundingMode.HALF_UP).intValueExact();
    }

    private static BigDecimal positive(BigDecimal amount) {
        return amount == null || amount.signum() < 0 ? BigDecimal.ZERO : amount;
    }
}
