package com.luxestate.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A suspended account is active again: what was hidden because of the suspension may
 * return.
 */
public record UserReinstated(UUID userId, UUID actorId, Instant reinstatedAt) {
}
