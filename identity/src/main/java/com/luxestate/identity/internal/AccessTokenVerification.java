package com.luxestate.identity.internal;

import java.time.Instant;
import java.util.Objects;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * How every module's resource server verifies access tokens: signed with one of
 * identity's keys using RS256 only (no {@code alg: none}, no HMAC confusion), from
 * identity's issuer, for this API's audience, unexpired, and of an account that may still
 * use it. A token must say when it expires: the default validators check {@code exp} only
 * when it is there, and a token without it would never expire.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentitySettings.class)
class AccessTokenVerification {

	@Bean
	JwtDecoder jwtDecoder(SigningKeys keys, IdentitySettings settings, AccountAccessCheck accountAccess) {
		var decoder = NimbusJwtDecoder.withJwkSource(keys).jwsAlgorithm(SignatureAlgorithm.RS256).build();
		decoder.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(settings.jwt().issuer()),
						new JwtAudienceValidator(settings.jwt().audience()),
						new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull), accountAccess));
		return decoder;
	}

}
