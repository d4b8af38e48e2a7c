package com.luxestate.platform.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import com.luxestate.platform.Mailbox;
import com.luxestate.platform.testing.StallingSmtpServer;

/**
 * Mail is recorded with the change that causes it and delivered afterwards: it waits
 * while SMTP is down, refusing or stalling, arrives once when SMTP is back, and survives
 * a restart. The job is run by the tests, not by the clock.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.properties.mail.smtp.connectiontimeout=1000",
		"spring.mail.properties.mail.smtp.timeout=1000", "spring.mail.properties.mail.smtp.writetimeout=1000",
		"luxestate.mail.delivery-interval=PT1H", "luxestate.mail.first-retry-after=1s",
		"luxestate.mail.max-retry-delay=2s" })
class OutgoingMailDeliveryTests {

	/** Nothing listens here until a test starts a server on it: SMTP is down. */
	static final int SMTP_PORT = freePort();

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.port", () -> SMTP_PORT);
	}

	private final Mailbox mailbox;

	private final MailDeliveryJob job;

	private final OutgoingMails outgoingMails;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	private final Environment environment;

	private GreenMail greenMail;

	OutgoingMailDeliveryTests(Mailbox mailbox, MailDeliveryJob job, OutgoingMails outgoingMails,
			TransactionTemplate transactions, JdbcTemplate jdbc, Environment environment) {
		this.mailbox = mailbox;
		this.job = job;
		this.outgoingMails = outgoingMails;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.environment = environment;
	}

	@BeforeEach
	void noMailsYet() {
		jdbc.update("DELETE FROM outgoing_mail");
	}

	@AfterEach
	void stopSmtp() {
		if (greenMail != null) {
			greenMail.stop();
			greenMail = null;
		}
	}

	@Test
	void mailsWaitWhileSmtpIsDownAndArriveOnceWhenItIsBack() {
		enqueue("ada@example.com", "Your link", "https://example.com/verify?token=SECRET-1");
		enqueue("bob@example.com", "Your link", "https://example.com/verify?token=SECRET-2");

		job.deliverDueMails();

		assertThat(unsent()).isEqualTo(2);
		assertThat(jdbc.queryForList("SELECT last_error FROM outgoing_mail", String.class))
			.allSatisfy(error -> assertThat(error).contains("ConnectException").doesNotContain("SECRET"));
		assertThat(jdbc.queryForList("SELECT attempts FROM outgoing_mail", Integer.class)).containsOnly(1);

		startGreenMail();
		job.deliverDueMails();
		assertThat(greenMail.getReceivedMessages()).as("the retry waits for its backoff").isEmpty();

		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
			job.deliverDueMails();
			return unsent() == 0;
		});
		job.deliverDueMails();
		assertThat(greenMail.getReceivedMessages()).hasSize(2);
		assertThat(GreenMailUtil.getBody(greenMail.getReceivedMessagesForDomain("ada@example.com")[0]))
			.contains("token=SECRET-1");
		assertThat(jdbc.queryForList("SELECT attempts FROM outgoing_mail", Integer.class)).containsOnly(2);
	}

	@Test
	void aMailIsRecordedOnlyWhenItsTransactionCommits() {
		transactions.executeWithoutResult(status -> {
			mailbox.enqueue("rolled@example.com", "Never", "This change was rolled back.");
			status.setRollbackOnly();
		});
		startGreenMail();
		job.deliverDueMails();

		assertThat(jdbc.queryForObject("SELECT count(*) FROM outgoing_mail", Integer.class)).isZero();
		assertThat(greenMail.getReceivedMessages()).isEmpty();
		assertThatThrownBy(() -> mailbox.enqueue("alone@example.com", "No transaction", "text"))
			.as("a mail belongs to a change")
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void aServerThatStallsAfterItsGreetingIsTimedOutAndTheMailTriedAgainLater() {
		enqueue("stalled@example.com", "Your link", "https://example.com/reset?token=SECRET-3");
		try (var stalling = StallingSmtpServer.start(SMTP_PORT, StallingSmtpServer.Stall.AFTER_GREETING)) {
			var started = System.nanoTime();
			job.deliverDueMails();
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("bounded by the read time-out")
				.isLessThan(Duration.ofSeconds(5));
			assertThat(stalling.connections()).isEqualTo(1);
		}
		assertThat(unsent()).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT last_error FROM outgoing_mail", String.class))
			.containsIgnoringCase("timed out");

		startGreenMail();
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
			job.deliverDueMails();
			return unsent() == 0;
		});
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
	}

	@Test
	void aServerThatAcceptsTheMailButNeverAnswersQuitGetsItOnce() {
		enqueue("quit@example.com", "One", "first");
		enqueue("quit@example.com", "Two", "second");
		try (var stalling = StallingSmtpServer.start(SMTP_PORT, StallingSmtpServer.Stall.ON_QUIT)) {
			job.deliverDueMails();
			assertThat(stalling.acceptedMessages()).isEqualTo(2);
			assertThat(unsent()).as("accepted is sent, whatever happens to QUIT").isZero();

			job.deliverDueMails();
			assertThat(stalling.acceptedMessages()).as("not sent twice").isEqualTo(2);
			assertThat(stalling.connections()).isEqualTo(1);
		}
	}

	@Test
	void anotherInstanceOnTheSameDatabaseDeliversWhatTheFirstLeft() throws Exception {
		enqueue("restart@example.com", "After the restart", "left behind");
		job.deliverDueMails(); // SMTP is down: the mail stays, with its backoff
		assertThat(unsent()).isEqualTo(1);

		startGreenMail();
		// The same application as this test's context, started again on the same
		// database: its scheduled job,
		// not the test, delivers the mail.
		try (var secondInstance = new SpringApplicationBuilder(Class.forName("com.luxestate.PlatformTestApplication"))
			.properties("spring.main.web-application-type=none",
					"spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
					"spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
					"spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
					"spring.mail.host=127.0.0.1", "spring.mail.port=" + SMTP_PORT,
					"luxestate.mail.delivery-interval=200ms", "luxestate.mail.first-retry-after=1s")
			.run()) {
			await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).until(() -> unsent() == 0);
		}
		job.deliverDueMails();
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
	}

	@Test
	void twoInstancesClaimingAtOnceNeverTakeTheSameMail() throws Exception {
		for (int i = 0; i < 60; i++) {
			enqueue("many" + i + "@example.com", "Mail " + i, "text " + i);
		}
		Callable<List<UUID>> claim = () -> {
			var claimed = new ArrayList<UUID>();
			for (var batch = outgoingMails.claimDue(5, 100, Duration.ofMinutes(10)); !batch
				.isEmpty(); batch = outgoingMails.claimDue(5, 100, Duration.ofMinutes(10))) {
				batch.forEach(mail -> claimed.add(mail.id()));
			}
			return claimed;
		};
		try (var instances = Executors.newFixedThreadPool(3)) {
			var results = instances.invokeAll(List.of(claim, claim, claim));
			var all = new ArrayList<UUID>();
			for (var result : results) {
				all.addAll(result.get());
			}
			assertThat(all).hasSize(60);
			assertThat(new HashSet<>(all)).hasSize(60);
		}
	}

	private void enqueue(String recipient, String subject, String text) {
		transactions.executeWithoutResult(status -> mailbox.enqueue(recipient, subject, text));
	}

	private int unsent() {
		return jdbc.queryForObject("SELECT count(*) FROM outgoing_mail WHERE sent_at IS NULL", Integer.class);
	}

	private void startGreenMail() {
		greenMail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
