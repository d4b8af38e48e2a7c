package com.luxestate.identity.demo;

import java.util.List;

/**
 * Owner and agent accounts for demo data: numbered, with predictable emails ({@code owner-000001@demo.luxestate.dev},
 * {@code agent-000001@demo.luxestate.dev}) and the one password {@link #PASSWORD}. Never called outside the demo
 * data generator; never run against a database real people use.
 */
public interface DemoAccounts {

	/** The password of every demo account, as documented in the README ("Demo data and benchmark"). */
	String PASSWORD = "luxestate demo password";

	/** The domain of every demo account's email. */
	String EMAIL_DOMAIN = "demo.luxestate.dev";

	/**
	 * Makes sure the first {@code count} demo accounts exist and returns them, owners first. Three in five are
	 * owners ({@code owner-000001} on), two in five agents ({@code agent-000001} on); of every ten agents eight are
	 * verified, one is waiting for verification and one has no agent profile. Every account is active and its email
	 * verified. Accounts that exist already are returned as they are, never changed, so calling this again, also
	 * with a larger count, only adds the accounts that are missing. Publishes no events: nothing happened that
	 * other modules have to follow, and whoever asked for the accounts knows what it got.
	 */
	List<DemoAccount> ensure(int count);
}
