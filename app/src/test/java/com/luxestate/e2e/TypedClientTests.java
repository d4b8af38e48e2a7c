package com.luxestate.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * A TypeScript client generated from the live {@code /v3/api-docs} (openapi-typescript)
 * compiles, in strict mode and without a single non-null assertion, a scenario that
 * registers, logs in, creates and publishes listings, searches and pages, and reads
 * problems; then the scenario runs against this application. The project is
 * {@code src/test/typescript} (versions pinned by its package-lock.json), built in
 * {@code target/typed-client}. Needs Node.js 20+ and npm; without them it is skipped,
 * except in CI ({@code CI=true}), where it fails.
 */
class TypedClientTests extends ListingsEndToEnd {

	static final Path PROJECT = Path.of("src/test/typescript");
	static final Path BUILD = Path.of("target/typed-client");
	static final List<String> SOURCES = List.of("package.json", "package-lock.json", "tsconfig.json", "generate.mjs",
			"no-non-null-assertions.mjs", "scenario.ts");

	@Test
	void aClientGeneratedFromTheDocumentCompilesStrictlyAndRunsTheScenario() throws Exception {
		var ci = "true".equalsIgnoreCase(System.getenv("CI"));
		var hasNode = run(Path.of("."), 30, "node", "--version").exitCode == 0
				&& run(Path.of("."), 30, "npm", "--version").exitCode == 0;
		if (!ci) {
			assumeTrue(hasNode, "Node.js and npm are not installed: the typed-client check is skipped (CI runs it)");
		}
		assertThat(hasNode).as("CI needs Node.js 20+ and npm (.ci/run installs them)").isTrue();

		Files.createDirectories(BUILD);
		var lockChanged = !Files.exists(BUILD.resolve("node_modules"))
				|| Files.mismatch(PROJECT.resolve("package-lock.json"), BUILD.resolve("package-lock.json")) != -1;
		for (var source : SOURCES) {
			Files.copy(PROJECT.resolve(source), BUILD.resolve(source), StandardCopyOption.REPLACE_EXISTING);
		}
		if (lockChanged) {
			succeeds(run(BUILD, 300, "npm", "ci", "--no-audit", "--no-fund", "--prefer-offline"));
		}

		var document = listings.get(null, "/v3/api-docs");
		assertThat(document.getStatusCode().value()).isEqualTo(200);
		Files.writeString(BUILD.resolve("api-docs.json"), document.getBody(), StandardCharsets.UTF_8);

		succeeds(run(BUILD, 120, "npm", "run", "--silent", "generate"));
		succeeds(run(BUILD, 180, "npm", "run", "--silent", "build"));
		succeeds(run(BUILD, 120, "node", "build/scenario.js", "http://localhost:" + port));

		// The guard against non-null assertions catches one.
		Files.writeString(BUILD.resolve("asserting.ts"),
				"const items: string[] = [];\nexport const first = items[0]!.length;\n");
		var asserting = run(BUILD, 60, "node", "no-non-null-assertions.mjs", "asserting.ts");
		assertThat(asserting.exitCode).isNotZero();
		assertThat(asserting.output).contains("asserting.ts:2:", "items[0]!");
	}

	private static void succeeds(Result result) {
		assertThat(result.exitCode).as("%s failed:%n%s", result.command, result.output).isZero();
	}

	private static Result run(Path directory, int timeoutSeconds, String... command) throws InterruptedException {
		var line = new ArrayList<>(List.of(command));
		try {
			var process = new ProcessBuilder(line).directory(directory.toFile()).redirectErrorStream(true).start();
			var output = new StringBuilder();
			var reader = Thread.ofVirtual().start(() -> {
				try {
					output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
				}
				catch (IOException ex) {
					output.append(ex);
				}
			});
			if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				reader.join(5000);
				return new Result(String.join(" ", line), -1, output + "\n(timed out after " + timeoutSeconds + " s)");
			}
			reader.join();
			return new Result(String.join(" ", line), process.exitValue(), output.toString());
		}
		catch (IOException ex) {
			return new Result(String.join(" ", line), -1, ex.toString());
		}
	}

	private record Result(String command, int exitCode, String output) {
	}

}
