package com.luxestate.identity.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.luxestate.identity.AccountStatus;
import com.luxestate.platform.ProblemException;

/**
 * Sessions: a login starts one (an access token and a refresh token), refreshing rotates
 * it, logging out ends it. Failures that change state (a detected refresh token reuse)
 * are committed before they are answered.
 * <p>
 * A login holds no transaction: the throttle uses connections of its own and the password
 * hash takes tens of milliseconds, so holding a pooled connection meanwhile would let a
 * burst of logins exhaust the pool.
 */
@Service
public class SessionService {

	public record TokenPair(String accessToken, String refreshToken, long expiresIn) {
	}

	private static final String WRONG_CREDENTIALS = "The email or password is wrong.";

	private final UserAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final AccessTokens accessTokens;

	private final RefreshTokens refreshTokens;

	private final LoginThrottle throttle;

	private final AccountAccessCheck accountAccess;

	private final IdentitySettings settings;

	private final Clock clock;

	private final String unknownAccountHash;

	SessionService(UserAccounts accounts, PasswordEncoder passwordEncoder, AccessTokens accessTokens,
			RefreshTokens refreshTokens, LoginThrottle throttle, AccountAccessCheck accountAccess,
			IdentitySettings settings, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.accessTokens = accessTokens;
		this.refreshTokens = refreshTokens;
		this.throttle = throttle;
		this.accountAccess = accountAccess;
		this.settings = settings;
		this.clock = clock;
		// Checked against when the email is unknown, so that both answers take the same
		// time.
		this.unknownAccountHash = passwordEncoder.encode(SecretTokens.generate());
	}

	public TokenPair login(String email, String password, String clientAddress) {
		var normalizedEmail = email == null ? "" : UserAccount.normalize(email);
		var attempt = throttle.begin(normalizedEmail, clientAddress);
		var account = accounts.findByEmailNormalized(normalizedEmail)
			.filter(candidate -> candidate.status() != AccountStatus.DELETED && candidate.passwordHash() != null);
		var hash = account.map(UserAccount::passwordHash).orElse(unknownAccountHash);
		var matches = password != null && passwordEncoder.matches(password, hash);
		if (account.isEmpty() || !matches) {
			throw ProblemException.unauthorized(WRONG_CREDENTIALS);
		}
		attempt.succeeded();
		var user = account.get();
		if (user.status() == AccountStatus.SUSPENDED) {
			throw ProblemException.forbidden("This account is suspended.");
		}
		if (passwordEncoder.upgradeEncoding(user.passwordHash())) {
			user.rehashPassword(passwordEncoder.encode(password));
			user = accounts.save(user);
		}
		return startSession(user);
	}

	@Transactional(noRollbackFor = ProblemException.class)
	public TokenPair refresh(String refreshToken) {
		var now = clock.instant();
		return switch (refreshTokens.rotate(refreshToken, settings.refreshTokenTtl(), now)) {
			case RefreshTokens.Rotated rotated -> {
				var user = accounts.findById(rotated.userId())
					.filter(account -> account.status() == AccountStatus.ACTIVE)
					.orElse(null);
				if (user == null) {
					refreshTokens.revokeAllOf(rotated.userId(), now);
					throw IdentityProblems.refreshTokenNoLongerValid();
				}
				if (user.sessionGeneration() != rotated.sessionGeneration()) {
					// All sessions ended after this family started, possibly while this
					// very token was rotating.
					refreshTokens.revokeFamilyOf(rotated.refreshToken(), now);
					throw IdentityProblems.refreshTokenNoLongerValid();
				}
				var access = accessTokens.issueFor(user);
				yield new TokenPair(access.value(), rotated.refreshToken(), access.expiresInSeconds());
			}
			case RefreshTokens.Reused reused ->
				throw ProblemException.unauthorized("The refresh token was already used; the session has ended.");
			case RefreshTokens.Rejected rejected -> throw IdentityProblems.refreshTokenNoLongerValid();
		};
	}

	@Transactional
	public void logout(String refreshToken) {
		refreshTokens.revokeFamilyOf(refreshToken, clock.instant());
	}

	/** Ends every session of the user, and every access token issued so far. */
	@Transactional
	public void logoutEverywhere(UUID userId) {
		var account = accounts.findById(userId).orElseThrow(IdentityProblems::noSuchUser);
		account.endSessions(clock.instant());
		accounts.save(account);
		refreshTokens.revokeAllOf(userId, clock.instant());
		accountAccess.forget(userId);
	}

	/**
	 * A new session for a user who just proved who they are in another way (a password
	 * change).
	 */
	public TokenPair startSession(UUID userId) {
		return startSession(
				accounts.findById(userId).orElseThrow(() -> ProblemException.notFound("There is no such user.")));
	}

	TokenPair startSession(UserAccount user) {
		var access = accessTokens.issueFor(user);
		var refresh = refreshTokens.startFamily(user.id(), user.sessionGeneration(), settings.refreshTokenTtl(),
				clock.instant());
		return new TokenPair(access.value(), refresh, access.expiresInSeconds());
	}

}
