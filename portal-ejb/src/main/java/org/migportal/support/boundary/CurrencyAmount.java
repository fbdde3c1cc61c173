package org.migportal.support.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** An amount in a currency, e.g. support given in US dollars to a forum that counts in shillings. */
public record CurrencyAmount(String currency, BigDecimal amount) implements Serializable {
}
