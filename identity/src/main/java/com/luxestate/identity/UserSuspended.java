package com.luxestate.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * The account was suspended: its listings and activity should leave public view until it
 * is reinstated.
 */
public record UserSuspended(UUID userId, String reason, UUID actorId, Instant suspendedAt) {
}
