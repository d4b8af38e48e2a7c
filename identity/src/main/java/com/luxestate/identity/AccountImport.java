package com.luxestate.identity;

import java.util.List;

/**
 * Bulk import of accounts that exist elsewhere already (another system's users, demo
 * data): many accounts in one call, all with the same password, hashed once. Not an HTTP
 * endpoint; never exposed to the people whose accounts these are.
 * <p>
 * Imported accounts are what registration, email verification and an admin's verification
 * of an agent profile would have made: active, with their email verified, and their agent
 * profile (if any) waiting for verification or verified. No mail is sent and no event
 * published: nobody registered, and the caller knows what it imported (a module that
 * keeps a copy of identity's facts asks {@link UserDirectory} for them).
 */
public interface AccountImport {

	/**
	 * Makes sure an account exists for each of {@code accounts}, by email, and returns
	 * them all as they are now, in the order asked for. An email that has an account
	 * already (compared as at login: without case and surrounding space) keeps it as it
	 * is, whatever changed since, so importing the same accounts again, or more of them,
	 * creates only the missing ones. Safe to run from two instances at once.
	 * <p>
	 * Accepted: an email of at most 254 characters with one {@code @} and no spaces, each
	 * email once; first and last names of 1 to 100 characters; an optional phone number
	 * as registration takes it; any role but {@link Role#ADMIN}; a registration time that
	 * has come; an agent profile only for roles that may have one
	 * ({@link Permission#AGENT_PROFILE_WRITE}), with the limits of the agent profile
	 * form, asked for after the registration and verified (if it was) after that and not
	 * in the future; and a {@code password} that the password policy accepts (12 to 128
	 * characters, not a common one). Anything else is refused as a validation problem
	 * naming the account's index ({@code accounts[3].email}), and nothing is imported.
	 * @param accounts at most {@link #MAX_ACCOUNTS} accounts
	 * @param password every created account's password
	 * @return the accounts of {@code accounts}' emails, created now or there before
	 */
	List<ImportedAccount> importAccounts(List<NewAccount> accounts, String password);

	/** The most accounts one call imports: a million accounts are 20 calls. */
	int MAX_ACCOUNTS = 50_000;

}
