package com.luxestate.identity.internal;

import static com.luxestate.platform.testing.ProblemAssertions.assertProblem;
import static com.luxestate.identity.internal.TestAccounts.PASSWORD;
import static com.luxestate.identity.internal.TestAccounts.clientAddress;
import static com.luxestate.identity.internal.TestAccounts.registration;
import static com.luxestate.identity.internal.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import com.luxestate.identity.Role;
import com.luxestate.platform.ProblemType;

/**
 * Unexpired access tokens stop working when their account is suspended or deleted, or its
 * user logged out everywhere: at once on the instance that made the change, and (see
 * {@link AccessCheckCacheExpiryTests}) on every other instance when its cached view of
 * the account expires.
 */
@ApplicationModuleTest
class AccessRevocationTests {

	private static final UUID ADMIN = UUID.randomUUID();

	private final AccountService accounts;

	private final SessionService sessions;

	private final UserAdministration administration;

	private final AccountAccessCheck accessCheck;

	private final JwtDecoder jwtDecoder;

	private final JdbcTemplate jdbc;

	AccessRevocationTests(AccountService accounts, SessionService sessions, UserAdministration administration,
			AccountAccessCheck accessCheck, JwtDecoder jwtDecoder, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.administration = administration;
		this.accessCheck = accessCheck;
		this.jwtDecoder = jwtDecoder;
		this.jdbc = jdbc;
	}

	@Test
	void aSuspendedUsersTokenIsRejectedAtOnceOnTheInstanceThatSuspendedThem() {
		var user = newUser();
		var session = sessions.login(user.email(), PASSWORD, clientAddress());
		assertThat(jwtDecoder.decode(session.accessToken()).getSubject()).isEqualTo(user.id().toString());

		administration.suspend(user.id(), "Listings of properties that do not exist", ADMIN);

		assertRejected(session.accessToken());
	}

	@Test
	void aSuspendedUserCannotLogInOrRefreshAndReinstatingRestoresLoginButNotOldTokens() {
		var user = newUser();
		var session = sessions.login(user.email(), PASSWORD, clientAddress());

		administration.suspend(user.id(), "Spam", ADMIN);

		assertProblem(ProblemType.FORBIDDEN, () -> sessions.login(user.email(), PASSWORD, clientAddress()));
		assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.refresh(session.refreshToken()));

		administration.reinstate(user.id(), "Appeal granted", ADMIN);

		var afterwards = sessions.login(user.email(), PASSWORD, clientAddress());
		assertThat(jwtDecoder.decode(afterwards.accessToken()).getSubject()).isEqualTo(user.id().toString());
		assertRejected(session.accessToken());
	}

	@Test
	void aTokenFromBeforeLoggingOutEverywhereIsRejected() {
		var user = newUser();
		var earlier = sessions.login(user.email(), PASSWORD, clientAddress());
		jwtDecoder.decode(earlier.accessToken());

		sessions.logoutEverywhere(user.id());

		assertRejected(earlier.accessToken());
		var later = sessions.login(user.email(), PASSWORD, clientAddress());
		assertThat(jwtDecoder.decode(later.accessToken()).getSubject()).isEqualTo(user.id().toString());
	}

	@Test
	void aDeletedUsersTokenIsRejected() {
		var user = newUser();
		var session = sessions.login(user.email(), PASSWORD, clientAddress());
		jwtDecoder.decode(session.accessToken());

		accounts.deleteAccount(user.id());

		assertRejected(session.accessToken());
		assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.refresh(session.refreshToken()));
	}

	@Test
	void aRoleChangeEndsTheTokensCarryingTheOldPermissions() {
		var user = newUser();
		var session = sessions.login(user.email(), PASSWORD, clientAddress());

		administration.changeRole(user.id(), Role.OWNER, ADMIN);

		assertRejected(session.accessToken());
		var renewed = sessions.login(user.email(), PASSWORD, clientAddress());
		assertThat(jwtDecoder.decode(renewed.accessToken()).getClaimAsStringList("permissions"))
			.contains("listings:write");
	}

	@Test
	void anInstanceRemembersAnAccountsStateBetweenRequestsInsteadOfQueryingEachTime() {
		var user = newUser();
		var session = sessions.login(user.email(), PASSWORD, clientAddress());
		jwtDecoder.decode(session.accessToken());

		// Another instance suspends the user: this instance has not heard of it yet.
		jdbc.update("UPDATE identity.user_account SET status = 'SUSPENDED' WHERE id = ?", user.id());

		assertThat(jwtDecoder.decode(session.accessToken()).getSubject()).isEqualTo(user.id().toString());
		accessCheck.forget(user.id());
		assertRejected(session.accessToken());
	}

	private void assertRejected(String accessToken) {
		assertThatThrownBy(() -> jwtDecoder.decode(accessToken)).isInstanceOf(JwtValidationException.class)
			.hasMessageContaining("no longer valid");
	}

	private UserAccountView newUser() {
		return accounts.register(registration(uniqueEmail("holder")));
	}

}
