package com.luxestate.listings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in an ISO 4217 currency, with at most two decimals (the API's money format).
 *
 * @param amount a positive amount, scale 2
 * @param currency the ISO 4217 code, for example {@code EUR}
 */
public record Money(BigDecimal amount, String currency) {

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
		Currency.getInstance(currency); // rejects codes that are not ISO 4217
		amount = amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	public static Money of(String amount, String currency) {
		return new Money(new BigDecimal(amount), currency);
	}

	public boolean isSameAs(Money other) {
		return other != null && currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
	}
}
