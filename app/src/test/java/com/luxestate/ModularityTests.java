package com.luxestate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * The module structure of the whole application, as Spring Modulith sees it: verified,
 * and documented in {@code docs/modules}. Neither needs a Spring context, so none is
 * started.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(LuxestateApplication.class);

	@Test
	void modulesRespectTheirBoundariesAndDeclaredDependencies() {
		modules.verify();
	}

	// A module appearing or vanishing is an architecture decision (an ADR), never a side
	// effect of a package name.
	@Test
	void modulesAreThoseOfTheArchitecture() {
		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.containsExactlyInAnyOrder("platform", "identity", "billing", "listings", "engagement", "moderation",
					"app");
	}

	/**
	 * Regenerates the committed module documentation, so a change to the module structure
	 * shows up as a diff of {@code docs/modules} in review. C4 diagrams, the module
	 * canvases and an {@code all-docs.adoc} that includes them go to
	 * {@code docs/modules}, the same diagrams in UML style to {@code docs/modules/uml}.
	 */
	@Test
	void writesModuleDocumentation() {
		var docs = repositoryRoot().resolve("docs/modules");
		// The overview shows every module, including those no other module depends on
		// yet.
		var diagrams = DiagramOptions.defaults().withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE);

		// Wipes docs/modules first, so no stale file survives a renamed or removed
		// module.
		new Documenter(modules, Options.defaults().withOutputFolder(docs.toString())).writeModulesAsPlantUml(diagrams)
			.writeIndividualModulesAsPlantUml(diagrams)
			.writeModuleCanvases(CanvasOptions.defaults())
			.writeAggregatingDocument(diagrams, CanvasOptions.defaults());

		var umlDiagrams = diagrams.withStyle(DiagramStyle.UML);
		new Documenter(modules, Options.defaults().withOutputFolder(docs.resolve("uml").toString()))
			.writeModulesAsPlantUml(umlDiagrams)
			.writeIndividualModulesAsPlantUml(umlDiagrams);

		sortGeneratedLists(docs);

		assertThat(docs.resolve("components.puml")).exists();
		assertThat(docs.resolve("uml/components.puml")).exists();
		modules.forEach(module -> assertThat(docs.resolve("module-" + module.getIdentifier() + ".adoc")).exists());
	}

	/**
	 * The Documenter lists relationships, listeners and published types in an order that
	 * differs from one JVM (and one class path) to the next; sorted, the committed
	 * documentation changes only when the modules do.
	 */
	private static void sortGeneratedLists(Path docs) {
		try (var files = Files.walk(docs)) {
			for (var file : files.filter(Files::isRegularFile).toList()) {
				var name = file.getFileName().toString();
				if (name.endsWith(".adoc")) {
					Files.write(file, sortRuns(Files.readAllLines(file), "|* ", "* "));
				}
				else if (name.endsWith(".puml")) {
					Files.write(file, sortRuns(Files.readAllLines(file), "Rel(", "Rel("));
					Files.write(file, sortRuns(Files.readAllLines(file), "LuxeState.", "LuxeState."));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sorts each run of lines that starts with {@code first} and goes on with
	 * {@code next}, keeping its first prefix.
	 */
	private static List<String> sortRuns(List<String> lines, String first, String next) {
		var sorted = new ArrayList<String>(lines.size());
		for (var i = 0; i < lines.size(); i++) {
			if (!lines.get(i).startsWith(first)) {
				sorted.add(lines.get(i));
				continue;
			}
			var items = new ArrayList<String>();
			items.add(next + lines.get(i).substring(first.length()));
			while (i + 1 < lines.size() && lines.get(i + 1).startsWith(next)) {
				items.add(lines.get(++i));
			}
			items.sort(null);
			sorted.add(first + items.getFirst().substring(next.length()));
			sorted.addAll(items.subList(1, items.size()));
		}
		return sorted;
	}

	/**
	 * Surefire runs tests in the app module's directory and names it in
	 * {@code LUXESTATE_MODULE_DIR}; an IDE may run them elsewhere, but then it too
	 * usually starts in the module directory.
	 */
	private static Path repositoryRoot() {
		var moduleDirectory = Optional.ofNullable(System.getenv("LUXESTATE_MODULE_DIR"))
			.filter(directory -> !directory.isBlank())
			.orElseGet(() -> System.getProperty("user.dir"));
		return Path.of(moduleDirectory).resolve("..").toAbsolutePath().normalize();
	}

}
