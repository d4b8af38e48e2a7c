package com.luxestate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;

/**
 * The structural rules of LuxeState that Spring Modulith's {@code verify()} does not state on its own, as reusable
 * ArchUnit rules. {@code ArchitectureRulesTest} applies them to the production code;
 * {@code ArchitectureRulesCatchViolationsTest} proves each one fails on code that breaks it.
 * <p>
 * A module is the package segment right after {@value #ROOT_PACKAGE}: {@code com.luxestate.listings.internal.jooq}
 * belongs to module {@code listings}. The platform shared kernel is a module like any other; classes directly in
 * {@value #ROOT_PACKAGE} (the application itself) belong to no module.
 */
public final class LuxestateArchitectureRules {

	static final String ROOT_PACKAGE = "com.luxestate";

	private static final int MODULE_SEGMENT = ROOT_PACKAGE.split("\\.").length;

	/**
	 * A module's root package is its API; whatever sits in an {@code internal} package beneath it may change without
	 * notice. Java cannot enforce that across packages for public types (jOOQ's generated classes, for one, are
	 * public), so this rule does. A module may use its own internals freely.
	 */
	public static final ArchRule NO_MODULE_REACHES_INTO_ANOTHER_MODULES_INTERNALS = classes()
			.that().resideInAPackage(ROOT_PACKAGE + "..")
			.should(notDependOnAnotherModules("internal packages", LuxestateArchitectureRules::isInternal))
			.because("a module's internals are hidden behind the API in its root package (architecture.md, "
					+ "'Inside a module')");

	/**
	 * Each module's jOOQ classes mirror its own schema. Compiling against another module's tables would be a query
	 * across schemas in disguise, which the persistence rules forbid, so this gets its own rule and its own message
	 * even though it is a special case of {@link #NO_MODULE_REACHES_INTO_ANOTHER_MODULES_INTERNALS}.
	 */
	public static final ArchRule NO_MODULE_USES_ANOTHER_MODULES_JOOQ_CLASSES = classes()
			.that().resideInAPackage(ROOT_PACKAGE + "..")
			.should(notDependOnAnotherModules("jOOQ classes", LuxestateArchitectureRules::isJooq))
			.because("a module reads only its own schema; other modules' data comes through their API or their "
					+ "events (architecture.md, 'Persistence')");

	/**
	 * Maven already rejects cycles between the module jars, but not between packages that share a jar: anything the
	 * app adds beneath {@value #ROOT_PACKAGE}, or two contexts if they are ever merged into one jar. The rule states
	 * the direction independently of how the code is packaged.
	 */
	public static final ArchRule NO_CYCLES_BETWEEN_MODULES = slices()
			.matching(ROOT_PACKAGE + ".(*)..").namingSlices("module '$1'")
			.should().beFreeOfCycles()
			.because("dependencies between modules point one way, from moderation down to platform "
					+ "(architecture.md, 'Modules')");

	/**
	 * HTTP is a controller's only caller. Keeping controllers package-private stops other modules from calling one
	 * as if it were the module's API, and keeps request mapping details out of every module's public surface.
	 */
	public static final ArchRule CONTROLLERS_ARE_NOT_PUBLIC = classes()
			.that().areMetaAnnotatedWith(Controller.class)
			.should().notBePublic()
			// Until the first controller is written there is nothing to check, and that is not a failure.
			.allowEmptyShould(true)
			.because("controllers are reached over HTTP, never called by other code");

	/**
	 * Injected fields hide a class's collaborators, cannot be final, and force tests through reflection. Constructor
	 * injection (with {@code @Value} on a constructor parameter where needed) states every dependency in one place.
	 * The annotations are the ones Spring injects fields for; meta-annotations count, as Spring honours them too.
	 */
	public static final ArchRule NO_FIELD_INJECTION = noFields()
			.should().beMetaAnnotatedWith(Autowired.class)
			.orShould().beMetaAnnotatedWith(Value.class)
			.orShould().beMetaAnnotatedWith("jakarta.inject.Inject")
			.orShould().beMetaAnnotatedWith("jakarta.annotation.Resource")
			.because("collaborators and settings come in through the constructor");

	/**
	 * Domain code, a module's {@code internal} packages, raises platform's {@code ProblemException} and knows nothing
	 * of HTTP: requests, statuses and problem details belong to the controllers and to the application that renders
	 * problems (ADR 0014). Platform's own internals include the web plumbing every module shares.
	 */
	public static final ArchRule DOMAIN_CODE_DOES_NOT_SPEAK_HTTP = noClasses()
			.that().resideInAPackage(ROOT_PACKAGE + ".*.internal..")
			.and().resideOutsideOfPackage(ROOT_PACKAGE + ".platform..")
			.should().dependOnClassesThat().resideInAnyPackage("org.springframework.http..", "org.springframework.web..")
			.because("aggregates, services and listeners raise problems, the web layer speaks HTTP");

	private LuxestateArchitectureRules() {
	}

	/**
	 * Fails for every dependency of a class on a class of another module whose package is one of the given kind,
	 * naming both modules and where the dependency sits in the code.
	 */
	private static ArchCondition<JavaClass> notDependOnAnotherModules(String whatOfTheirs,
			Predicate<String> forbiddenPackage) {

		return new ArchCondition<>("not depend on another module's " + whatOfTheirs) {

			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				var originModule = moduleOf(origin.getPackageName());
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					var targetPackage = dependency.getTargetClass().getBaseComponentType().getPackageName();
					var targetModule = moduleOf(targetPackage);
					if (targetModule.isPresent() && !targetModule.equals(originModule)
							&& forbiddenPackage.test(targetPackage)) {
						events.add(SimpleConditionEvent.violated(dependency, "%s uses %s of module '%s': %s".formatted(
								originModule.map("Module '%s'"::formatted).orElse("The application"),
								whatOfTheirs, targetModule.get(), dependency.getDescription())));
					}
				}
			}
		};
	}

	/** The module a package belongs to; empty for the root package itself and for packages outside it. */
	static Optional<String> moduleOf(String packageName) {
		var segments = segmentsOf(packageName);
		return segments.size() > MODULE_SEGMENT && packageName.startsWith(ROOT_PACKAGE + ".")
				? Optional.of(segments.get(MODULE_SEGMENT))
				: Optional.empty();
	}

	/** {@code com.luxestate.<module>.internal} or any package beneath an {@code internal} segment of a module. */
	private static boolean isInternal(String packageName) {
		var segments = segmentsOf(packageName);
		return segments.size() > MODULE_SEGMENT + 1
				&& segments.subList(MODULE_SEGMENT + 1, segments.size()).contains("internal");
	}

	/** {@code com.luxestate.<module>.internal.jooq} and its subpackages, where jOOQ generates a module's classes. */
	private static boolean isJooq(String packageName) {
		var segments = segmentsOf(packageName);
		return segments.size() > MODULE_SEGMENT + 2
				&& segments.get(MODULE_SEGMENT + 1).equals("internal")
				&& segments.get(MODULE_SEGMENT + 2).equals("jooq");
	}

	private static List<String> segmentsOf(String packageName) {
		return Arrays.asList(packageName.split("\\."));
	}
}
