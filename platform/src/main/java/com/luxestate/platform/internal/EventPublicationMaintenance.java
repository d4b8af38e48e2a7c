package com.luxestate.platform.internal;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the event publication registry honest: delivery is at least once, so publications
 * whose listener failed (or that the staleness monitor found abandoned by a crashed or
 * restarted instance) are resubmitted, and completed ones are purged once they are no
 * longer useful for diagnosis.
 */
@Component
@EnableConfigurationProperties(EventPublicationMaintenance.Settings.class)
class EventPublicationMaintenance {

	private static final Logger log = LoggerFactory.getLogger(EventPublicationMaintenance.class);

	private final FailedEventPublications failed;

	private final CompletedEventPublications completed;

	private final Settings settings;

	EventPublicationMaintenance(FailedEventPublications failed, CompletedEventPublications completed,
			Settings settings) {
		this.failed = failed;
		this.completed = completed;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${luxestate.events.resubmission-interval:PT1M}",
			initialDelayString = "${luxestate.events.resubmission-interval:PT1M}")
	@SchedulerLock(name = "event-publications-resubmit")
	void resubmitFailedPublications() {
		failed.resubmit(ResubmissionOptions.defaults()
			.withMinAge(settings.resubmitAfter())
			.withMaxInFlight(settings.maxInFlight())
			.withFilter(publication -> publication.getCompletionAttempts() < settings.maxAttempts()));
	}

	@Scheduled(cron = "${luxestate.events.purge-cron:0 17 * * * *}")
	@SchedulerLock(name = "event-publications-purge")
	void purgeCompletedPublications() {
		completed.deletePublicationsOlderThan(settings.retainCompletedFor());
		log.debug("Purged completed event publications older than {}", settings.retainCompletedFor());
	}

	/**
	 * @param resubmitAfter how long a failed publication waits before it is tried again
	 * @param maxAttempts after this many attempts a publication stays failed for an
	 * operator to look at
	 * @param maxInFlight how many publications one resubmission round hands to listeners
	 * at most
	 * @param retainCompletedFor how long completed publications are kept before they are
	 * purged
	 */
	@ConfigurationProperties("luxestate.events")
	record Settings(Duration resubmitAfter, Integer maxAttempts, Integer maxInFlight, Duration retainCompletedFor) {

		Settings {
			resubmitAfter = resubmitAfter != null ? resubmitAfter : Duration.ofSeconds(30);
			maxAttempts = maxAttempts != null ? maxAttempts : 20;
			maxInFlight = maxInFlight != null ? maxInFlight : 100;
			retainCompletedFor = retainCompletedFor != null ? retainCompletedFor : Duration.ofDays(7);
		}
	}

}
