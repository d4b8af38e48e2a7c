package com.luxestate.identity.internal;

import java.util.Map;

import org.springframework.stereotype.Service;

/** The published half of the signing keys, for the JWKS endpoint. */
@Service
public class AccessTokenKeys {

	private final SigningKeys keys;

	AccessTokenKeys(SigningKeys keys) {
		this.keys = keys;
	}

	public Map<String, Object> publicKeySet() {
		return keys.publicKeySet().toJSONObject();
	}

}
