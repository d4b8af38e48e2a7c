package com.luxestate.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery through the event publication registry is at least once: a listener that fails
 * leaves its publication incomplete, the maintenance job resubmits it, and it is
 * completed exactly once. A publication abandoned by a crashed instance is found by the
 * staleness monitor and delivered again as well.
 */
@SpringBootTest(properties = { "luxestate.events.resubmit-after=0s",
		// Schedules are driven by the test, not by the clock.
		"luxestate.events.resubmission-interval=PT1H", "spring.modulith.events.staleness.processing=1s",
		"spring.modulith.events.staleness.check-interval=200ms" })
class EventPublicationRedeliveryTests {

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	private final EventPublicationMaintenance maintenance;

	private final FlakyProbeListener listener;

	EventPublicationRedeliveryTests(ApplicationEventPublisher events, TransactionTemplate transactions,
			JdbcTemplate jdbc, EventPublicationMaintenance maintenance, FlakyProbeListener listener) {
		this.events = events;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.maintenance = maintenance;
		this.listener = listener;
	}

	@Test
	void aPublicationWhoseListenerFailedIsResubmittedAndCompletedOnce() {
		var probe = new ProbeHappened(UUID.randomUUID(), true);

		transactions.executeWithoutResult(status -> events.publishEvent(probe));

		await().atMost(Duration.ofSeconds(10)).until(() -> listener.attempts(probe) == 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(statusOf(probe)));
		assertThat(completionDateOf(probe)).isNull();
		assertThat(listener.deliveries(probe)).isZero();

		maintenance.resubmitFailedPublications();

		await().atMost(Duration.ofSeconds(10)).until(() -> completionDateOf(probe) != null);
		assertThat(listener.attempts(probe)).isEqualTo(2);
		assertThat(listener.deliveries(probe)).isEqualTo(1);

		// Completed publications are not resubmitted again.
		maintenance.resubmitFailedPublications();
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> listener.attempts(probe) == 2);
		assertThat(listener.deliveries(probe)).isEqualTo(1);
		assertThat(publicationsOf(probe)).isEqualTo(1);
	}

	@Test
	void aPublicationAbandonedByACrashedInstanceIsDeliveredAgain() {
		var probe = new ProbeHappened(UUID.randomUUID(), false);
		transactions.executeWithoutResult(status -> events.publishEvent(probe));
		await().atMost(Duration.ofSeconds(10)).until(() -> completionDateOf(probe) != null);

		// What a crash in the middle of the listener leaves behind: a publication still
		// marked as processing.
		jdbc.update("""
				UPDATE event_publication SET status = 'PROCESSING', completion_date = NULL,
				       publication_date = now() - interval '1 hour'
				WHERE serialized_event LIKE ?""", "%" + probe.id() + "%");

		await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(statusOf(probe)));
		maintenance.resubmitFailedPublications();

		await().atMost(Duration.ofSeconds(10)).until(() -> completionDateOf(probe) != null);
		assertThat(listener.deliveries(probe)).isEqualTo(2);
	}

	@Test
	void completedPublicationsAreEventuallyPurged() {
		var probe = new ProbeHappened(UUID.randomUUID(), false);
		transactions.executeWithoutResult(status -> events.publishEvent(probe));
		await().atMost(Duration.ofSeconds(10)).until(() -> completionDateOf(probe) != null);

		maintenance.purgeCompletedPublications();
		assertThat(publicationsOf(probe)).as("still within the retention window").isEqualTo(1);

		jdbc.update(
				"UPDATE event_publication SET completion_date = now() - interval '8 days' WHERE serialized_event LIKE ?",
				"%" + probe.id() + "%");
		maintenance.purgeCompletedPublications();
		assertThat(publicationsOf(probe)).isZero();
	}

	private String statusOf(ProbeHappened probe) {
		return jdbc.query("SELECT status FROM event_publication WHERE serialized_event LIKE ?",
				rs -> rs.next() ? rs.getString(1) : null, "%" + probe.id() + "%");
	}

	private Object completionDateOf(ProbeHappened probe) {
		return jdbc.query("SELECT completion_date FROM event_publication WHERE serialized_event LIKE ?",
				rs -> rs.next() ? rs.getObject(1) : null, "%" + probe.id() + "%");
	}

	private int publicationsOf(ProbeHappened probe) {
		return jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?",
				Integer.class, "%" + probe.id() + "%");
	}

	record ProbeHappened(UUID id, boolean failFirstAttempt) {
	}

	/**
	 * Fails the first attempt for probes that ask for it, like a listener whose
	 * downstream is briefly down.
	 */
	static class FlakyProbeListener {

		private final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();

		private final Map<UUID, AtomicInteger> deliveries = new ConcurrentHashMap<>();

		@ApplicationModuleListener
		void on(ProbeHappened probe) {
			var attempt = attempts.computeIfAbsent(probe.id(), id -> new AtomicInteger()).incrementAndGet();
			if (probe.failFirstAttempt() && attempt == 1) {
				throw new IllegalStateException("downstream unavailable (on purpose, first attempt)");
			}
			deliveries.computeIfAbsent(probe.id(), id -> new AtomicInteger()).incrementAndGet();
		}

		int attempts(ProbeHappened probe) {
			return attempts.getOrDefault(probe.id(), new AtomicInteger()).get();
		}

		int deliveries(ProbeHappened probe) {
			return deliveries.getOrDefault(probe.id(), new AtomicInteger()).get();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ProbeConfiguration {

		@Bean
		FlakyProbeListener flakyProbeListener() {
			return new FlakyProbeListener();
		}

	}

}
