package com.luxestate.engagement;

import org.junit.jupiter.api.Test;

import com.luxestate.platform.testing.JooqCodeDriftCheck;

/**
 * Fails the build when the committed jOOQ classes of this module no longer match its
 * Flyway migrations (ADR 0003).
 */
class JooqCodeInSyncTest {

	@Test
	void committedJooqClassesMatchTheMigrations() {
		JooqCodeDriftCheck.assertCommittedCodeMatchesMigrations("engagement");
	}

}
