package com.luxestate.identity;

import java.time.Instant;
import java.util.UUID;

/** An admin verified the agent: their listings may carry the verified badge. */
public record AgentVerified(UUID agentId, UUID actorId, Instant verifiedAt) {
}
