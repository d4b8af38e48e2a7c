package com.luxestate.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * IPv6 clients are limited per /64, so rotating through one's own addresses buys no extra
 * guesses or mails.
 */
class ClientKeyTests {

	@Test
	void addressesOfOneIpv6SubnetShareABudget() {
		assertThat(ClientKey.of("2001:db8:1:2:aaaa::1")).isEqualTo(ClientKey.of("2001:db8:1:2:ffff:ffff:ffff:ffff"))
			.isEqualTo(ClientKey.of("2001:0db8:0001:0002::42"));
		assertThat(ClientKey.of("2001:db8:1:3::1")).isNotEqualTo(ClientKey.of("2001:db8:1:2::1"));
	}

	@Test
	void ipv4ClientsAreCountedOneByOne() {
		assertThat(ClientKey.of("203.0.113.7")).isEqualTo("client:203.0.113.7");
		assertThat(ClientKey.of("203.0.113.8")).isNotEqualTo(ClientKey.of("203.0.113.7"));
	}

	@Test
	void anIpv4ClientSeenThroughADualStackSocketOrWithAPortIsThatClient() {
		assertThat(ClientKey.of("::ffff:203.0.113.7")).isEqualTo("client:203.0.113.7");
		assertThat(ClientKey.of("203.0.113.7:51234")).isEqualTo("client:203.0.113.7");
	}

	@Test
	void somethingThatIsNoAddressIsAKeyAsItIs() {
		assertThat(ClientKey.of("not-an-address:80")).isEqualTo("client:not-an-address:80");
	}

}
