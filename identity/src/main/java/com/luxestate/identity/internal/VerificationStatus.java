package com.luxestate.identity.internal;

/**
 * Where an agent's verification request stands: waiting for an admin, or decided one way
 * or the other.
 */
public enum VerificationStatus {

	PENDING, APPROVED, REJECTED

}
