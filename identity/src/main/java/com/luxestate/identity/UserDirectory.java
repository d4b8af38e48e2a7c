package com.luxestate.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Looks up users' public data for other modules, one or many at a time (one query per
 * call, never per user).
 */
public interface UserDirectory {

	Optional<UserSummary> findUser(UUID userId);

	/**
	 * The users among {@code userIds} that exist, by id; unknown ids are simply absent.
	 */
	Map<UUID, UserSummary> findUsers(Collection<UUID> userIds);

}
