package com.luxestate.platform.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for every module, in UTC, so that time can be controlled in tests and never
 * depends on the host. It ticks in microseconds, PostgreSQL's precision, so an instant
 * reads back from the database exactly as it was written (and as it was first answered to
 * the client).
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
	}

}
