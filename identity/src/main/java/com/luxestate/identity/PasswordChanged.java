package com.luxestate.identity;

import java.time.Instant;
import java.util.UUID;

/** The user changed or reset their password; their other sessions ended. */
public record PasswordChanged(UUID userId, Instant changedAt) {
}
