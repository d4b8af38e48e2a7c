package com.luxestate.identity;

import java.time.Instant;
import java.util.List;

/**
 * An account to import ({@link AccountImport}).
 *
 * @param email the address to log in with, unique without regard to case
 * @param firstName 1 to 100 characters
 * @param lastName 1 to 100 characters
 * @param phone {@code null}, or 5 to 30 digits, spaces and {@code +()./-}
 * @param role any role but {@link Role#ADMIN}
 * @param registeredAt when the account was made, not in the future
 * @param agentProfile {@code null}, or the profile of an owner or agent
 */
public record NewAccount(String email, String firstName, String lastName, String phone, Role role, Instant registeredAt,
		AgentProfile agentProfile) {

	/**
	 * An agent's professional profile, as the agent profile form takes it, and how far
	 * its verification got.
	 *
	 * @param licenseNumber 1 to 50 characters
	 * @param agencyName 1 to 200 characters
	 * @param bio at most 4,000 characters, or {@code null}
	 * @param languages at most 20, of 1 to 40 characters each
	 * @param serviceAreas at most 50, of 1 to 100 characters each
	 * @param requestedAt when verification was asked for: after the registration, not in
	 * the future
	 * @param verifiedAt when an admin verified the profile (after the request, not in the
	 * future), or {@code null} while the request waits
	 */
	public record AgentProfile(String licenseNumber, String agencyName, String bio, List<String> languages,
			List<String> serviceAreas, Instant requestedAt, Instant verifiedAt) {

		public AgentProfile {
			languages = languages == null ? List.of() : List.copyOf(languages);
			serviceAreas = serviceAreas == null ? List.of() : List.copyOf(serviceAreas);
		}
	}
}
