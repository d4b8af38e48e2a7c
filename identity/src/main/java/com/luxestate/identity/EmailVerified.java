package com.luxestate.identity;

import java.time.Instant;
import java.util.UUID;

/** The user proved they own their email address. */
public record EmailVerified(UUID userId, Instant verifiedAt) {
}
