package com.luxestate.identity;

import java.time.Instant;
import java.util.UUID;

/** An agent saved their profile and asks to be verified. */
public record AgentVerificationRequested(UUID agentId, String licenseNumber, String agencyName, Instant requestedAt) {
}
