package com.luxestate.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Issues short-lived access tokens: RS256 JWTs saying who the user is ({@code sub}),
 * their role and permissions, whether their email is verified, for which API
 * ({@code aud}) and from whom ({@code iss}).
 */
@Component
class AccessTokens {

	record AccessToken(String value, long expiresInSeconds) {
	}

	private final SigningKeys keys;

	private final NimbusJwtEncoder encoder;

	private final IdentitySettings settings;

	private final Clock clock;

	AccessTokens(SigningKeys keys, IdentitySettings settings, Clock clock) {
		this.keys = keys;
		this.encoder = new NimbusJwtEncoder(keys);
		this.settings = settings;
		this.clock = clock;
	}

	AccessToken issueFor(UserAccount account) {
		var now = clock.instant();
		var claims = JwtClaimsSet.builder()
			.issuer(settings.jwt().issuer())
			.audience(List.of(settings.jwt().audience()))
			.subject(account.id().toString())
			.issuedAt(now)
			.expiresAt(now.plus(settings.accessTokenTtl()))
			.id(UUID.randomUUID().toString())
			.claim("roles", List.of(account.role().name()))
			.claim("permissions", account.role().authorities())
			.claim("email_verified", account.emailVerified())
			.claim(AccountAccessCheck.SESSION_GENERATION, account.sessionGeneration())
			.build();
		var header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keys.signingKey().getKeyID()).type("JWT").build();
		var token = encoder.encode(JwtEncoderParameters.from(header, claims));
		return new AccessToken(token.getTokenValue(), settings.accessTokenTtl().toSeconds());
	}

}
