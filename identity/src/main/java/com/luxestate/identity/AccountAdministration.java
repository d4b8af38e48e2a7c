package com.luxestate.identity;

import java.util.UUID;

/**
 * Account administration for other modules (moderation suspends through it). Each call is
 * audited by the event it publishes, and names the admin (or system actor) who acts.
 */
public interface AccountAdministration {

	/**
	 * Suspends the account: its sessions end at once and its access tokens stop working
	 * within a minute.
	 */
	void suspend(UUID userId, String reason, UUID actorId);

	void reinstate(UUID userId, String reason, UUID actorId);

}
