package org.migportal.support.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What a forum's members put in of their own, the guidance's sign of commitment: from their seats (money,
 * hours a month, something in kind) and from the actions they pay for themselves.
 */
public record OwnContributions(
        long contributingMembers,
        BigDecimal money,
        BigDecimal hoursPerMonth,
        long inKind,
        BigDecimal actions) implements Serializable {

    public BigDecimal totalMoney() {
        return money.add(actions);
    }
}
