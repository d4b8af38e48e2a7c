package com.luxestate.identity.internal;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.luxestate.identity.Role;

/**
 * People the identity tests register. Every call gives a new email address and client
 * address, so tests sharing a Spring context (and so a database) never see each other's
 * accounts, login failures or mails.
 */
final class TestAccounts {

	/**
	 * Long, uncommon and without composition tricks: what the password policy accepts.
	 */
	static final String PASSWORD = "Penthouse-with-a-sea-view-42";

	static final String OTHER_PASSWORD = "Quiet courtyard under the lime trees";

	private TestAccounts() {
	}

	static String uniqueEmail(String who) {
		return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	static AccountService.Registration registration(String email, Role role) {
		return new AccountService.Registration(email, PASSWORD, "Ann", "Example", null, role);
	}

	static AccountService.Registration registration(String email) {
		return registration(email, Role.BUYER);
	}

	/** An address from the IPv6 documentation range, different for every caller. */
	static String clientAddress() {
		var random = ThreadLocalRandom.current();
		// Each in a /64 of its own: the throttle counts IPv6 clients per /64.
		return "2001:db8:%x:%x::%x".formatted(random.nextInt(0x10000), random.nextInt(0x10000),
				random.nextInt(0x10000));
	}

}
