package com.luxestate.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

/**
 * Proves that a module's committed jOOQ classes are exactly what its Flyway migrations
 * produce (ADR 0003).
 * <p>
 * It migrates a fresh database with the module's scripts only, generates the module's
 * jOOQ classes from that schema into a scratch folder and compares them, file by file,
 * with {@code src/main/jooq}. With {@code -Djooq.regenerate=true} it replaces the
 * committed classes instead, which is how a module team updates them after adding a
 * migration.
 */
public final class JooqCodeDriftCheck {

	public static final String REGENERATE_PROPERTY = "jooq.regenerate";
	static final String COMMITTED_SOURCES = "src/main/jooq";

	private JooqCodeDriftCheck() {
	}

	/**
	 * The package of a module's generated classes: inside its internal package, out of
	 * other modules' reach.
	 */
	public static String jooqPackageOf(String module) {
		return "com.luxestate." + module + ".internal.jooq";
	}

	public static void assertCommittedCodeMatchesMigrations(String module) {
		var moduleDirectory = moduleDirectory();
		var committed = moduleDirectory.resolve(COMMITTED_SOURCES);
		var database = TestPostgres.createFreshDatabase();
		try {
			var generated = generate(module, database);
			if (Boolean.getBoolean(REGENERATE_PROPERTY)) {
				replace(committed, generated, jooqPackageOf(module));
				return;
			}
			var differences = compare(committed, generated, jooqPackageOf(module));
			if (!differences.isEmpty()) {
				throw new AssertionError(
						"""
								The committed jOOQ classes of module '%s' do not match its Flyway migrations:
								  %s
								Regenerate them with: ./mvnw -pl %s -am verify -D%s=true -Dtest=JooqCodeInSyncTest -Dsurefire.failIfNoSpecifiedTests=false
								and commit %s/%s together with the migration."""
							.formatted(module, String.join("\n  ", differences), module, REGENERATE_PROPERTY, module,
									COMMITTED_SOURCES));
			}
		}
		finally {
			database.drop();
		}
	}

	static Path generate(String module, TestPostgres.FreshDatabase database) {
		Flyway.configure()
			.dataSource(database.jdbcUrl(), database.username(), database.password())
			.locations("classpath:db/migration/" + module)
			.table("flyway_schema_history_" + module)
			.load()
			.migrate();
		try {
			var target = Files.createTempDirectory("jooq-" + module);
			GenerationTool.generate(new Configuration().withLogging(org.jooq.meta.jaxb.Logging.WARN)
				.withJdbc(new Jdbc().withDriver("org.postgresql.Driver")
					.withUrl(database.jdbcUrl())
					.withUser(database.username())
					.withPassword(database.password()))
				.withGenerator(new Generator()
					.withDatabase(new Database().withName("org.jooq.meta.postgres.PostgresDatabase")
						.withInputSchema(module)
						.withExcludes("flyway_schema_history.*")
						// Time is Instant in UTC everywhere in LuxeState, in jOOQ records
						// too.
						.withForcedTypes(new ForcedType().withName("INSTANT")
							.withIncludeTypes("(?i:timestamp\\ with\\ time\\ zone)")))
					.withGenerate(new Generate()
						// Nothing that changes from one generation to the next: the diff
						// must be empty.
						.withGeneratedAnnotation(false)
						.withGeneratedAnnotationDate(false)
						.withGeneratedAnnotationJooqVersion(false)
						.withSources(false)
						.withSourcesOnViews(false)
						.withJavaTimeTypes(true))
					.withTarget(new Target().withPackageName(jooqPackageOf(module))
						.withDirectory(target.toString())
						.withClean(true))));
			return target;
		}
		catch (Exception ex) {
			throw new IllegalStateException("jOOQ code generation for module '" + module + "' failed", ex);
		}
	}

	static List<String> compare(Path committedRoot, Path generatedRoot, String jooqPackage) {
		var committed = filesUnder(committedRoot, jooqPackage);
		var generated = filesUnder(generatedRoot, jooqPackage);
		var differences = new ArrayList<String>();
		generated.forEach((name, content) -> {
			if (!committed.containsKey(name)) {
				differences.add("missing:  " + name);
			}
			else if (!committed.get(name).equals(content)) {
				differences.add("outdated: " + name);
			}
		});
		committed.keySet()
			.stream()
			.filter(name -> !generated.containsKey(name))
			.forEach(name -> differences.add("obsolete: " + name));
		return differences;
	}

	private static void replace(Path committedRoot, Path generatedRoot, String jooqPackage) {
		var committedPackage = committedRoot.resolve(jooqPackage.replace('.', '/'));
		deleteRecursively(committedPackage);
		filesUnder(generatedRoot, jooqPackage).forEach((name, content) -> {
			try {
				var file = committedRoot.resolve(name);
				Files.createDirectories(file.getParent());
				Files.writeString(file, content);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static Map<String, String> filesUnder(Path root, String jooqPackage) {
		var packageDirectory = root.resolve(jooqPackage.replace('.', '/'));
		var files = new TreeMap<String, String>();
		if (!Files.isDirectory(packageDirectory)) {
			return files;
		}
		try (Stream<Path> paths = Files.walk(packageDirectory)) {
			for (var path : paths.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(path).toString().replace('\\', '/'),
						Files.readString(path).replace("\r\n", "\n"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	private static void deleteRecursively(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The module's folder: Surefire runs tests there, and the build names it explicitly
	 * to be sure.
	 */
	private static Path moduleDirectory() {
		var configured = System.getenv("LUXESTATE_MODULE_DIR");
		return Path.of(configured != null && !configured.isBlank() ? configured : System.getProperty("user.dir"));
	}

}
