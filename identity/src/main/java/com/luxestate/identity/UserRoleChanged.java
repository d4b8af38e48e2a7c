package com.luxestate.identity;

import java.time.Instant;
import java.util.UUID;

/** An admin changed the user's role. */
public record UserRoleChanged(UUID userId, Role previousRole, Role newRole, UUID actorId, Instant changedAt) {
}
