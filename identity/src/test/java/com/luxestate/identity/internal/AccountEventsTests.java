package com.luxestate.identity.internal;

import static com.luxestate.platform.testing.ProblemAssertions.assertProblem;
import static com.luxestate.identity.internal.TestAccounts.PASSWORD;
import static com.luxestate.identity.internal.TestAccounts.clientAddress;
import static com.luxestate.identity.internal.TestAccounts.registration;
import static com.luxestate.identity.internal.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.luxestate.identity.EmailVerified;
import com.luxestate.identity.PasswordChanged;
import com.luxestate.identity.Role;
import com.luxestate.identity.UserDeleted;
import com.luxestate.identity.UserRegistered;
import com.luxestate.identity.UserReinstated;
import com.luxestate.identity.UserRoleChanged;
import com.luxestate.identity.UserSuspended;
import com.luxestate.platform.ProblemType;

/**
 * What happens to an account is announced to the other modules by the identity events.
 * Mail goes over SMTP here, to an in-process GreenMail server, where the tests read the
 * verification links like a user would.
 */
@ApplicationModuleTest
@DirtiesContext
class AccountEventsTests {

	private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

	private static final UUID ADMIN = UUID.randomUUID();

	static {
		SMTP.start();
	}

	@DynamicPropertySource
	static void mailGoesToGreenMail(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> SMTP.getSmtp().getBindTo());
		properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
		properties.add("luxestate.mail.delivery-interval", () -> "200ms");
	}

	private final AccountService accounts;

	private final SessionService sessions;

	private final UserAdministration administration;

	private final JdbcTemplate jdbc;

	AccountEventsTests(AccountService accounts, SessionService sessions, UserAdministration administration,
			JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.administration = administration;
		this.jdbc = jdbc;
	}

	@AfterAll
	void stopSmtp() {
		SMTP.stop();
	}

	@Test
	void registeringPublishesUserRegistered(Scenario scenario) {
		var email = uniqueEmail("newcomer");

		scenario.stimulate(() -> accounts.register(registration(email, Role.RENTER)))
			.andWaitForEventOfType(UserRegistered.class)
			.matching(event -> event.role() == Role.RENTER)
			.toArriveAndVerify((event, account) -> {
				assertThat(event.userId()).isEqualTo(account.id());
				assertThat(event.registeredAt()).isEqualTo(account.createdAt());
			});
	}

	@Test
	void verifyingTheEmailWithTheMailedLinkPublishesEmailVerified(Scenario scenario) throws Exception {
		var email = uniqueEmail("verifier");
		var account = accounts.register(registration(email));
		var token = tokenMailedTo(email);

		scenario.stimulate(() -> accounts.verifyEmail(token))
			.andWaitForEventOfType(EmailVerified.class)
			.matchingMappedValue(EmailVerified::userId, account.id())
			.toArrive();

		assertThat(accounts.profile(account.id()).emailVerified()).isTrue();
	}

	@Test
	void mailOverSmtpIsMarkedSentOnceTheServerAcceptedIt() throws Exception {
		var email = uniqueEmail("smtp");
		accounts.register(registration(email));

		assertThat(tokenMailedTo(email)).isNotBlank();
		await().atMost(Duration.ofSeconds(5))
			.until(() -> jdbc.queryForObject(
					"SELECT count(*) FROM outgoing_mail WHERE lower(recipient) = lower(?) AND sent_at IS NOT NULL",
					Integer.class, email) == 1);
	}

	@Test
	void suspendingPublishesUserSuspendedAndReinstatingUserReinstated(Scenario scenario) {
		var userId = accounts.register(registration(uniqueEmail("offender"))).id();

		scenario.stimulate(() -> administration.suspend(userId, "Listings of properties that do not exist", ADMIN))
			.andWaitForEventOfType(UserSuspended.class)
			.matchingMappedValue(UserSuspended::userId, userId)
			.toArriveAndVerify(event -> {
				assertThat(event.reason()).isEqualTo("Listings of properties that do not exist");
				assertThat(event.actorId()).isEqualTo(ADMIN);
			});
		assertThat(accounts.profile(userId).suspensionReason()).isEqualTo("Listings of properties that do not exist");

		scenario.stimulate(() -> administration.reinstate(userId, "Appeal granted", ADMIN))
			.andWaitForEventOfType(UserReinstated.class)
			.matchingMappedValue(UserReinstated::userId, userId)
			.toArriveAndVerify(event -> assertThat(event.actorId()).isEqualTo(ADMIN));
		assertThat(accounts.profile(userId).suspensionReason()).isNull();
	}

	@Test
	void suspendingTwiceOrReinstatingAnActiveAccountIsAConflict() {
		var userId = accounts.register(registration(uniqueEmail("offender"))).id();

		assertProblem(ProblemType.CONFLICT, () -> administration.reinstate(userId, "Nothing to reinstate", ADMIN));
		administration.suspend(userId, "Spam", ADMIN);
		assertProblem(ProblemType.CONFLICT, () -> administration.suspend(userId, "Spam again", ADMIN));
	}

	@Test
	void changingTheRolePublishesUserRoleChanged(Scenario scenario) {
		var userId = accounts.register(registration(uniqueEmail("promoted"), Role.BUYER)).id();

		scenario.stimulate(() -> administration.changeRole(userId, Role.AGENT, ADMIN))
			.andWaitForEventOfType(UserRoleChanged.class)
			.matchingMappedValue(UserRoleChanged::userId, userId)
			.toArriveAndVerify(event -> {
				assertThat(event.previousRole()).isEqualTo(Role.BUYER);
				assertThat(event.newRole()).isEqualTo(Role.AGENT);
				assertThat(event.actorId()).isEqualTo(ADMIN);
			});
		assertThat(accounts.profile(userId).role()).isEqualTo(Role.AGENT);
	}

	@Test
	void changingThePasswordPublishesPasswordChanged(Scenario scenario) {
		var email = uniqueEmail("careful");
		var userId = accounts.register(registration(email)).id();

		scenario
			.stimulate(() -> accounts.changePassword(userId, PASSWORD, TestAccounts.OTHER_PASSWORD,
					TestAccounts.clientAddress()))
			.andWaitForEventOfType(PasswordChanged.class)
			.matchingMappedValue(PasswordChanged::userId, userId)
			.toArrive();
		assertThat(sessions.login(email, TestAccounts.OTHER_PASSWORD, clientAddress()).accessToken()).isNotBlank();
	}

	@Test
	void deletingTheAccountPublishesUserDeletedAndErasesWhoThePersonWas(Scenario scenario) {
		var email = uniqueEmail("Leaving.Person");
		var userId = accounts
			.register(new AccountService.Registration(email, PASSWORD, "Margarethe", "Vanderbilt", "+43 660 1234567",
					Role.OWNER))
			.id();

		scenario.stimulate(() -> accounts.deleteAccount(userId))
			.andWaitForEventOfType(UserDeleted.class)
			.matchingMappedValue(UserDeleted::userId, userId)
			.toArrive();

		var row = jdbc.queryForMap("SELECT * FROM identity.user_account WHERE id = ?", userId);
		assertThat(row.get("status")).isEqualTo("DELETED");
		assertThat(row.get("password_hash")).isNull();
		assertThat(row.get("phone")).isNull();
		assertThat(row.values())
			.allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContainIgnoringCase("Leaving.Person")
				.doesNotContain("Margarethe")
				.doesNotContain("Vanderbilt")
				.doesNotContain("1234567"));
		assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.login(email, PASSWORD, clientAddress()));
		assertProblem(ProblemType.NOT_FOUND, () -> accounts.profile(userId));
	}

	private String tokenMailedTo(String email) throws Exception {
		var mail = await().atMost(Duration.ofSeconds(10)).until(() -> mailTo(email), Optional::isPresent).get();
		var matcher = TOKEN.matcher((String) mail.getContent());
		assertThat(matcher.find()).as("a link with a token in: %s", mail.getContent()).isTrue();
		return matcher.group(1);
	}

	private static Optional<MimeMessage> mailTo(String email) {
		return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch(address -> address.toString().equalsIgnoreCase(email));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).reduce((first, second) -> second);
	}

}
