package com.luxestate.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * The account was deleted and anonymized: every module erases or anonymizes what it holds
 * about the user.
 */
public record UserDeleted(UUID userId, Instant deletedAt) {
}
