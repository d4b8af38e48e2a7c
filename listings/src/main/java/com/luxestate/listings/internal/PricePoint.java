package com.luxestate.listings.internal;

import java.time.Instant;

import com.luxestate.listings.Money;

/** The price a listing asked from {@code changedAt} on. */
public record PricePoint(Money price, Instant changedAt) {
}
