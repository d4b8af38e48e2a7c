package com.luxestate.identity;

import java.time.Instant;
import java.util.UUID;

/** A new account exists (its email is not verified yet). */
public record UserRegistered(UUID userId, Role role, Instant registeredAt) {
}
