package com.luxestate.platform;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.boot.convert.DurationStyle;

/**
 * How many requests a {@link RateLimit} lets through per period: {@code 10/1h} in
 * configuration. The budget refills steadily (one permit every {@code per / permits}), so
 * a client that waits gets some of it back without waiting for a whole window.
 *
 * @param permits requests allowed in a burst, and per period
 * @param per the period in which {@code permits} come back
 */
public record Rate(int permits, Duration per) {

	public Rate {
		if (permits < 1) {
			throw new IllegalArgumentException("A rate allows at least one request, not " + permits);
		}
		if (per == null || per.isNegative() || per.isZero()) {
			throw new IllegalArgumentException("A rate's period must be positive, not " + per);
		}
	}

	/**
	 * Parses {@code 10/1h}, {@code 5/15m}, {@code 100/PT15M}: what configuration
	 * properties bind through.
	 */
	public static Rate valueOf(String text) {
		var slash = text == null ? -1 : text.indexOf('/');
		if (slash < 1) {
			throw new IllegalArgumentException("A rate reads like 10/1h (requests/period), not " + text);
		}
		return new Rate(Integer.parseInt(text.substring(0, slash).trim()),
				DurationStyle.detectAndParse(text.substring(slash + 1).trim()));
	}

	@Override
	public String toString() {
		for (var unit : List.of(ChronoUnit.DAYS, ChronoUnit.HOURS, ChronoUnit.MINUTES, ChronoUnit.SECONDS)) {
			if (per.toMillis() % unit.getDuration().toMillis() == 0) {
				return permits + "/" + DurationStyle.SIMPLE.print(per, unit);
			}
		}
		return permits + "/" + DurationStyle.SIMPLE.print(per);
	}
}
