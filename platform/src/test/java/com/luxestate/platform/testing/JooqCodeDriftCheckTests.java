package com.luxestate.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drift check is a guard, so it has to be seen failing: generation is deterministic
 * (two runs compare equal), and an outdated, a missing and an obsolete class are each
 * reported.
 */
class JooqCodeDriftCheckTests {

	private static final String PROBE = "drift_probe";

	private static final String PACKAGE = JooqCodeDriftCheck.jooqPackageOf(PROBE);

	private static final String TABLE_CLASS = PACKAGE.replace('.', '/') + "/tables/ListingDraft.java";

	@TempDir
	Path committed;

	private Path generated;

	@BeforeEach
	void generateTheProbeSchemaTwice() throws IOException {
		var first = TestPostgres.createFreshDatabase();
		var second = TestPostgres.createFreshDatabase();
		try {
			copy(JooqCodeDriftCheck.generate(PROBE, first), committed);
			generated = JooqCodeDriftCheck.generate(PROBE, second);
		}
		finally {
			first.drop();
			second.drop();
		}
	}

	@AfterEach
	void removeScratchFolder() throws IOException {
		try (Stream<Path> paths = Files.walk(generated)) {
			for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	@Test
	void generationIsDeterministic() {
		assertThat(committed.resolve(TABLE_CLASS)).exists();
		assertThat(JooqCodeDriftCheck.compare(committed, generated, PACKAGE)).isEmpty();
	}

	@Test
	void reportsAClassThatNoLongerMatchesTheSchema() throws IOException {
		var table = committed.resolve(TABLE_CLASS);
		Files.writeString(table, Files.readString(table).replace("TITLE", "HEADLINE"));

		assertThat(JooqCodeDriftCheck.compare(committed, generated, PACKAGE))
			.containsExactly("outdated: " + TABLE_CLASS);
	}

	@Test
	void reportsAClassThatWasNeverCommitted() throws IOException {
		Files.delete(committed.resolve(TABLE_CLASS));

		assertThat(JooqCodeDriftCheck.compare(committed, generated, PACKAGE))
			.containsExactly("missing:  " + TABLE_CLASS);
	}

	@Test
	void reportsAClassWhoseTableIsGone() throws IOException {
		var stale = PACKAGE.replace('.', '/') + "/tables/Inquiry.java";
		Files.writeString(committed.resolve(stale), "class Inquiry {}");

		assertThat(JooqCodeDriftCheck.compare(committed, generated, PACKAGE)).containsExactly("obsolete: " + stale);
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (var path : paths.filter(Files::isRegularFile).toList()) {
				var target = to.resolve(from.relativize(path).toString());
				Files.createDirectories(target.getParent());
				Files.copy(path, target);
			}
		}
	}

}
