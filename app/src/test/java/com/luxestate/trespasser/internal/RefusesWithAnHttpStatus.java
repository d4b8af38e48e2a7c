package com.luxestate.trespasser.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Breaks the rule that domain code does not speak HTTP: it refuses with a status instead
 * of a problem.
 */
public class RefusesWithAnHttpStatus {

	public void refuse(String offerId) {
		throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No offer " + offerId);
	}

}
