package com.luxestate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.all;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ClassesTransformer;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.jspecify.annotations.NullMarked;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.annotation.Id;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

/**
 * The structural rules of LuxeState that Spring Modulith's {@code verify()} does not
 * state on its own, as reusable ArchUnit rules. {@code ArchitectureRulesTest} applies
 * them to the production code; {@code ArchitectureRulesCatchViolationsTest} proves each
 * one fails on code that breaks it.
 * <p>
 * A module is the package segment right after {@value #ROOT_PACKAGE}:
 * {@code com.luxestate.listings.internal.jooq} belongs to module {@code listings}. The
 * platform shared kernel is a module like any other; classes directly in
 * {@value #ROOT_PACKAGE} (the application itself) belong to no module.
 */
public final class LuxestateArchitectureRules {

	static final String ROOT_PACKAGE = "com.luxestate";

	private static final int MODULE_SEGMENT = ROOT_PACKAGE.split("\\.").length;

	/**
	 * A module's root package is its API; whatever sits in an {@code internal} package
	 * beneath it may change without notice. Java cannot enforce that across packages for
	 * public types (jOOQ's generated classes, for one, are public), so this rule does. A
	 * module may use its own internals freely.
	 */
	public static final ArchRule NO_MODULE_REACHES_INTO_ANOTHER_MODULES_INTERNALS = classes().that()
		.resideInAPackage(ROOT_PACKAGE + "..")
		.should(notDependOnAnotherModules("internal packages", LuxestateArchitectureRules::isInternal))
		.because("a module's internals are hidden behind the API in its root package (docs/architecture.md, "
				+ "'Inside a module')");

	/**
	 * Each module's jOOQ classes mirror its own schema. Compiling against another
	 * module's tables would be a query across schemas in disguise, which the persistence
	 * rules forbid, so this gets its own rule and its own message even though it is a
	 * special case of {@link #NO_MODULE_REACHES_INTO_ANOTHER_MODULES_INTERNALS}.
	 */
	public static final ArchRule NO_MODULE_USES_ANOTHER_MODULES_JOOQ_CLASSES = classes().that()
		.resideInAPackage(ROOT_PACKAGE + "..")
		.should(notDependOnAnotherModules("jOOQ classes", LuxestateArchitectureRules::isJooq))
		.because("a module reads only its own schema; other modules' data comes through their API or their "
				+ "events (docs/architecture.md, 'Persistence')");

	/**
	 * Maven already rejects cycles between the module jars, but not between packages that
	 * share a jar: anything the app adds beneath {@value #ROOT_PACKAGE}, or two contexts
	 * if they are ever merged into one jar. The rule states the direction independently
	 * of how the code is packaged.
	 */
	public static final ArchRule NO_CYCLES_BETWEEN_MODULES = slices().matching(ROOT_PACKAGE + ".(*)..")
		.namingSlices("module '$1'")
		.should()
		.beFreeOfCycles()
		.because("dependencies between modules point one way, from moderation down to platform "
				+ "(docs/architecture.md, 'Modules')");

	/**
	 * HTTP is a controller's only caller. Keeping controllers package-private stops other
	 * modules from calling one as if it were the module's API, and keeps request mapping
	 * details out of every module's public surface.
	 */
	public static final ArchRule CONTROLLERS_ARE_NOT_PUBLIC = classes().that()
		.areMetaAnnotatedWith(Controller.class)
		.should()
		.notBePublic()
		// Until the first controller is written there is nothing to check, and that is
		// not a failure.
		.allowEmptyShould(true)
		.because("controllers are reached over HTTP, never called by other code");

	/**
	 * A module's HTTP API sits in its {@code web} package, apart from the domain in
	 * {@code internal} and the API other modules call in the root package, so that what
	 * answers HTTP is found in one place and nothing else does.
	 */
	public static final ArchRule CONTROLLERS_LIVE_IN_WEB = classes().that()
		.areMetaAnnotatedWith(Controller.class)
		.should()
		.resideInAPackage("..web..")
		.allowEmptyShould(true)
		.because("a module's HTTP API is its web package (ADR 0001)");

	/**
	 * Injected fields hide a class's collaborators, cannot be final, and force tests
	 * through reflection. Constructor injection (with {@code @Value} on a constructor
	 * parameter where needed) states every dependency in one place. The annotations are
	 * the ones Spring injects fields for; meta-annotations count, as Spring honours them
	 * too.
	 */
	public static final ArchRule NO_FIELD_INJECTION = noFields().should()
		.beMetaAnnotatedWith(Autowired.class)
		.orShould()
		.beMetaAnnotatedWith(Value.class)
		.orShould()
		.beMetaAnnotatedWith("jakarta.inject.Inject")
		.orShould()
		.beMetaAnnotatedWith("jakarta.annotation.Resource")
		.because("collaborators and settings come in through the constructor");

	/**
	 * An aggregate changes only through its own methods, called by its module's services
	 * in a transaction, and is stored only through its repository. Package-private in an
	 * {@code internal} package, neither can be reached by the module's web layer, its API
	 * or another module: what leaves the package is a read model ({@code ListingView},
	 * {@code UserAccountView}). An aggregate is a class with a Spring Data {@code @Id}
	 * field or the domain type of a repository; a repository is a Spring Data
	 * {@link Repository}.
	 */
	public static final ArchRule AGGREGATES_AND_REPOSITORIES_ARE_NOT_PUBLIC = classes()
		.that(areAggregatesOrRepositories())
		.should()
		.notBePublic()
		.andShould()
		.resideInAPackage("..internal..")
		// Code without persistence of its own has none, and that is not a failure.
		.allowEmptyShould(true)
		.because("an aggregate changes only through its own module's services, and leaves them as a read model "
				+ "(ADR 0001)");

	/**
	 * JSpecify's {@code @NullMarked} says that nothing in the package is null unless it
	 * is marked {@code @Nullable}: it is what Spring Framework's own packages declare,
	 * and what lets IDEs and null checkers hold LuxeState's code to the same contract.
	 * jOOQ's generated packages are left out: they are regenerated from the schema and
	 * compared with the committed copy ({@code JooqCodeInSyncTest}), and their records
	 * answer null for every nullable column.
	 */
	public static final ArchRule EVERY_PACKAGE_IS_NULL_MARKED = all(packagesOfOurOwnCode()).should(beNullMarked())
		.because("nothing is null unless it says so (ADR 0001)");

	/**
	 * Domain code, a module's {@code internal} packages, raises platform's
	 * {@code ProblemException} and knows nothing of HTTP: requests, statuses and problem
	 * details belong to the controllers and to the application that renders problems (ADR
	 * 0014). Platform's own internals include the web plumbing every module shares.
	 */
	public static final ArchRule DOMAIN_CODE_DOES_NOT_SPEAK_HTTP = noClasses().that()
		.resideInAPackage(ROOT_PACKAGE + ".*.internal..")
		.and()
		.resideOutsideOfPackage(ROOT_PACKAGE + ".platform..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.http..", "org.springframework.web..")
		.because("aggregates, services and listeners raise problems, the web layer speaks HTTP");

	private LuxestateArchitectureRules() {
	}

	private static DescribedPredicate<JavaClass> areAggregatesOrRepositories() {
		return DescribedPredicate.describe("are aggregates or repositories",
				javaClass -> isRepository(javaClass) || isAggregate(javaClass));
	}

	private static boolean isRepository(JavaClass javaClass) {
		return javaClass.isInterface() && javaClass.isAssignableTo(Repository.class);
	}

	/**
	 * Has a Spring Data {@code @Id}, or is the domain type of a repository, whose first
	 * type argument it is.
	 */
	private static boolean isAggregate(JavaClass javaClass) {
		return javaClass.getAllFields().stream().anyMatch(field -> field.isMetaAnnotatedWith(Id.class))
				|| javaClass.getDirectDependenciesToSelf()
					.stream()
					.map(Dependency::getOriginClass)
					.filter(LuxestateArchitectureRules::isRepository)
					.anyMatch(repository -> domainTypeOf(repository).filter(javaClass::equals).isPresent());
	}

	private static Optional<JavaClass> domainTypeOf(JavaClass repository) {
		return repository.getInterfaces()
			.stream()
			.filter(JavaParameterizedType.class::isInstance)
			.map(JavaParameterizedType.class::cast)
			.filter(type -> type.toErasure().isAssignableTo(Repository.class))
			.flatMap(type -> type.getActualTypeArguments().stream().limit(1))
			.filter(JavaClass.class::isInstance)
			.map(JavaClass.class::cast)
			.findFirst();
	}

	/**
	 * Every package beneath (and including) {@value #ROOT_PACKAGE} that holds a class,
	 * except generated jOOQ code.
	 */
	private static ClassesTransformer<JavaPackage> packagesOfOurOwnCode() {
		return new AbstractClassesTransformer<>("packages of " + ROOT_PACKAGE + " (but jOOQ's generated ones)") {

			@Override
			public Iterable<JavaPackage> doTransform(JavaClasses classes) {
				var packages = new TreeMap<String, JavaPackage>();
				for (var javaClass : classes) {
					var name = javaClass.getPackageName();
					if ((name.equals(ROOT_PACKAGE) || name.startsWith(ROOT_PACKAGE + ".")) && !isJooq(name)) {
						packages.putIfAbsent(name, javaClass.getPackage());
					}
				}
				return packages.values();
			}
		};
	}

	private static ArchCondition<JavaPackage> beNullMarked() {
		return new ArchCondition<>("be annotated with @NullMarked in their package-info") {

			@Override
			public void check(JavaPackage javaPackage, ConditionEvents events) {
				var packageInfo = javaPackage.tryGetPackageInfo();
				var nullMarked = packageInfo.map(info -> info.isAnnotatedWith(NullMarked.class)).orElse(false);
				events.add(new SimpleConditionEvent(javaPackage, nullMarked,
						"Package %s %s".formatted(javaPackage.getName(),
								packageInfo.isPresent() ? "has a package-info without @NullMarked"
										: "has no package-info, so it is not @NullMarked")));
			}
		};
	}

	/**
	 * Fails for every dependency of a class on a class of another module whose package is
	 * one of the given kind, naming both modules and where the dependency sits in the
	 * code.
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
						events.add(SimpleConditionEvent.violated(dependency,
								"%s uses %s of module '%s': %s".formatted(
										originModule.map("Module '%s'"::formatted).orElse("The application"),
										whatOfTheirs, targetModule.get(), dependency.getDescription())));
					}
				}
			}
		};
	}

	/**
	 * The module a package belongs to; empty for the root package itself and for packages
	 * outside it.
	 */
	static Optional<String> moduleOf(String packageName) {
		var segments = segmentsOf(packageName);
		return segments.size() > MODULE_SEGMENT && packageName.startsWith(ROOT_PACKAGE + ".")
				? Optional.of(segments.get(MODULE_SEGMENT)) : Optional.empty();
	}

	/**
	 * {@code com.luxestate.<module>.internal} or any package beneath an {@code internal}
	 * segment of a module.
	 */
	private static boolean isInternal(String packageName) {
		var segments = segmentsOf(packageName);
		return segments.size() > MODULE_SEGMENT + 1
				&& segments.subList(MODULE_SEGMENT + 1, segments.size()).contains("internal");
	}

	/**
	 * {@code com.luxestate.<module>.internal.jooq} and its subpackages, where jOOQ
	 * generates a module's classes.
	 */
	private static boolean isJooq(String packageName) {
		var segments = segmentsOf(packageName);
		return segments.size() > MODULE_SEGMENT + 2 && segments.get(MODULE_SEGMENT + 1).equals("internal")
				&& segments.get(MODULE_SEGMENT + 2).equals("jooq");
	}

	private static List<String> segmentsOf(String packageName) {
		return Arrays.asList(packageName.split("\\."));
	}

}
