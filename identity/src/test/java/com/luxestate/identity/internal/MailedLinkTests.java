package com.luxestate.identity.internal;

import static com.luxestate.platform.testing.ProblemAssertions.assertProblem;
import static com.luxestate.platform.testing.ProblemAssertions.offendingFields;
import static com.luxestate.identity.internal.TestAccounts.OTHER_PASSWORD;
import static com.luxestate.identity.internal.TestAccounts.PASSWORD;
import static com.luxestate.identity.internal.TestAccounts.clientAddress;
import static com.luxestate.identity.internal.TestAccounts.registration;
import static com.luxestate.identity.internal.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.luxestate.identity.Role;
import com.luxestate.platform.ProblemType;

/**
 * The links mailed for email verification and password reset carry single-use, expiring
 * tokens. Without SMTP configured (as here) the mails are kept in {@code outgoing_mail},
 * where these tests read them.
 */
@ApplicationModuleTest
class MailedLinkTests {

	private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

	private final AccountService accounts;

	private final SessionService sessions;

	private final OneTimeTokens oneTimeTokens;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	MailedLinkTests(AccountService accounts, SessionService sessions, OneTimeTokens oneTimeTokens, JdbcTemplate jdbc,
			Clock clock) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.oneTimeTokens = oneTimeTokens;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Test
	void aVerificationLinkWorksOnce() {
		var email = uniqueEmail("verify");
		var account = accounts.register(registration(email));
		var token = latestTokenMailedTo(email, "/verify-email?");

		accounts.verifyEmail(token);

		assertThat(accounts.profile(account.id()).emailVerified()).isTrue();
		var again = assertProblem(ProblemType.VALIDATION_FAILED, () -> accounts.verifyEmail(token));
		assertThat(offendingFields(again)).containsExactly("token");
	}

	@Test
	void anExpiredVerificationLinkIsRefused() {
		var account = accounts.register(registration(uniqueEmail("late")));
		var validity = Duration.ofHours(48);
		var expired = oneTimeTokens.issue(account.id(), OneTimeTokens.Purpose.EMAIL_VERIFICATION, validity,
				clock.instant().minus(validity).minusSeconds(1));

		var problem = assertProblem(ProblemType.VALIDATION_FAILED, () -> accounts.verifyEmail(expired));

		assertThat(offendingFields(problem)).containsExactly("token");
		assertThat(accounts.profile(account.id()).emailVerified()).isFalse();
	}

	@Test
	void aVerificationLinkStillWorksShortlyBeforeItExpires() {
		var account = accounts.register(registration(uniqueEmail("just-in-time")));
		var validity = Duration.ofHours(48);
		var almostExpired = oneTimeTokens.issue(account.id(), OneTimeTokens.Purpose.EMAIL_VERIFICATION, validity,
				clock.instant().minus(validity).plusSeconds(60));

		accounts.verifyEmail(almostExpired);

		assertThat(accounts.profile(account.id()).emailVerified()).isTrue();
	}

	@Test
	void aNameInAMailCannotStartTextOfItsOwn() {
		var email = uniqueEmail("injector");
		// Past the web layer's validation, as a name stored before it existed would be.
		accounts.register(new AccountService.Registration(email, PASSWORD,
				"Ann\r\n\r\nYour account is locked, call +1 555 0100\u202E", "Example", null, Role.BUYER));

		var body = jdbc.queryForObject("SELECT body FROM outgoing_mail WHERE lower(recipient) = lower(?)", String.class,
				email);

		assertThat(body).startsWith("Hello Ann Your account is locked, call +1 555 0100,\n\nwelcome to LuxeState.");
		assertThat(body).doesNotContain("\r", "\u202E");
	}

	@Test
	void onlyTheLatestVerificationMailCounts() {
		var email = uniqueEmail("resend");
		var account = accounts.register(registration(email));
		var first = latestTokenMailedTo(email, "/verify-email?");

		accounts.resendVerification(account.id());
		var second = latestTokenMailedTo(email, "/verify-email?");

		assertThat(second).isNotEqualTo(first);
		assertProblem(ProblemType.VALIDATION_FAILED, () -> accounts.verifyEmail(first));
		accounts.verifyEmail(second);
		assertThat(accounts.profile(account.id()).emailVerified()).isTrue();
	}

	@Test
	void aNewPasswordResetLinkInvalidatesThePreviousOne() {
		var email = uniqueEmail("forgetful");
		accounts.register(registration(email));
		accounts.forgotPassword(email);
		var first = latestTokenMailedTo(email, "/reset-password?");

		accounts.forgotPassword(email.toUpperCase(Locale.ROOT));
		var second = latestTokenMailedTo(email, "/reset-password?");

		assertThat(second).isNotEqualTo(first);
		var stale = assertProblem(ProblemType.VALIDATION_FAILED, () -> accounts.resetPassword(first, OTHER_PASSWORD));
		assertThat(offendingFields(stale)).containsExactly("token");

		accounts.resetPassword(second, OTHER_PASSWORD);

		assertThat(sessions.login(email, OTHER_PASSWORD, clientAddress()).accessToken()).isNotBlank();
		assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.login(email, PASSWORD, clientAddress()));
		assertProblem(ProblemType.VALIDATION_FAILED,
				() -> accounts.resetPassword(second, "Yet another long passphrase"));
	}

	@Test
	void aPasswordResetEndsEverySession() {
		var email = uniqueEmail("reset");
		accounts.register(registration(email));
		var before = sessions.login(email, PASSWORD, clientAddress());
		accounts.forgotPassword(email);

		accounts.resetPassword(latestTokenMailedTo(email, "/reset-password?"), OTHER_PASSWORD);

		assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.refresh(before.refreshToken()));
	}

	@Test
	void aVerificationTokenCannotResetAPassword() {
		var email = uniqueEmail("mixup");
		accounts.register(registration(email));
		var verification = latestTokenMailedTo(email, "/verify-email?");

		assertProblem(ProblemType.VALIDATION_FAILED, () -> accounts.resetPassword(verification, OTHER_PASSWORD));

		assertThat(sessions.login(email, PASSWORD, clientAddress()).accessToken()).isNotBlank();
	}

	@Test
	void forgettingThePasswordOfAnUnknownEmailSendsNothingAndSaysNothing() {
		var email = uniqueEmail("nobody");

		accounts.forgotPassword(email);

		assertThat(mailsTo(email)).isZero();
	}

	@Test
	void onlyTheHashOfAMailedTokenIsStored() {
		var email = uniqueEmail("hashed");
		accounts.register(registration(email));
		var token = latestTokenMailedTo(email, "/verify-email?");

		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM identity.one_time_token WHERE token_hash = sha256(convert_to(?, 'UTF8'))",
				Integer.class, token))
			.isEqualTo(1);
	}

	private String latestTokenMailedTo(String email, String link) {
		var bodies = jdbc.queryForList("""
				SELECT body FROM outgoing_mail
				WHERE lower(recipient) = lower(?) AND position(? in body) > 0
				ORDER BY created_at DESC""", String.class, email, link);
		assertThat(bodies).as("mails to %s with a %s link", email, link).isNotEmpty();
		var matcher = TOKEN.matcher(bodies.getFirst());
		assertThat(matcher.find()).as("a token in the mail").isTrue();
		return matcher.group(1);
	}

	private int mailsTo(String email) {
		return jdbc.queryForObject("SELECT count(*) FROM outgoing_mail WHERE lower(recipient) = lower(?)",
				Integer.class, email);
	}

}
