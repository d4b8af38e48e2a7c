package com.luxestate.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** IPv6 clients are throttled per /64, so rotating through one's own addresses buys no extra guesses. */
class ClientKeyTests {

	@Test
	void addressesOfOneIpv6SubnetShareABudget() {
		assertThat(LoginThrottle.clientKey("2001:db8:1:2:aaaa::1"))
				.isEqualTo(LoginThrottle.clientKey("2001:db8:1:2:ffff:ffff:ffff:ffff"))
				.isEqualTo(LoginThrottle.clientKey("2001:0db8:0001:0002::42"));
		assertThat(LoginThrottle.clientKey("2001:db8:1:3::1")).isNotEqualTo(LoginThrottle.clientKey("2001:db8:1:2::1"));
	}

	@Test
	void ipv4ClientsAreCountedOneByOne() {
		assertThat(LoginThrottle.clientKey("203.0.113.7")).isEqualTo("client:203.0.113.7");
		assertThat(LoginThrottle.clientKey("203.0.113.8")).isNotEqualTo(LoginThrottle.clientKey("203.0.113.7"));
	}
}
