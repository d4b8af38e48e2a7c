package com.luxestate.identity;

import java.time.Instant;
import java.util.UUID;

/** An admin rejected the agent's verification request, saying why in the note. */
public record AgentVerificationRejected(UUID agentId, String note, UUID actorId, Instant rejectedAt) {
}
