package com.luxestate.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.luxestate.accomplice.CallsTrespasserBack;
import com.luxestate.trespasser.CallsAccomplice;
import com.luxestate.trespasser.OfferDraft;
import com.luxestate.trespasser.internal.FieldInjectedReporter;
import com.luxestate.trespasser.internal.PublicOffer;
import com.luxestate.trespasser.internal.PublicOfferDrafts;
import com.luxestate.trespasser.internal.ReachesIntoUpstreamInternals;
import com.luxestate.trespasser.internal.ReadsUpstreamOffersTable;
import com.luxestate.trespasser.internal.RefusesWithAnHttpStatus;
import com.luxestate.trespasser.web.PublicOffersApiController;
import com.luxestate.trespasser.web.PublicOffersPageController;
import com.luxestate.upstream.internal.PricingPolicy;
import com.luxestate.upstream.internal.jooq.tables.Offers;

/**
 * A rule that never fails guards nothing. Every rule in
 * {@link LuxestateArchitectureRules} is run against fixture modules in test sources: it
 * must report the classes that break it, by name, and let well-behaved modules pass.
 * <p>
 * The fixture modules sit beneath {@code com.luxestate} because the rules find modules
 * there; being test classes, they are invisible to {@code ApplicationModules} and to the
 * analysis of the production code.
 */
class ArchitectureRulesCatchViolationsTest {

	/** Package patterns of all fixture modules. */
	static final String[] FIXTURE_PACKAGES = { "com.luxestate.upstream..", "com.luxestate.downstream..",
			"com.luxestate.trespasser..", "com.luxestate.accomplice.." };

	/**
	 * Upstream uses its own internals and jOOQ classes; downstream uses upstream through
	 * its API only.
	 */
	private static final JavaClasses WELL_BEHAVED_MODULES = new ClassFileImporter()
		.importPackages("com.luxestate.upstream", "com.luxestate.downstream");

	/**
	 * Trespasser breaks every rule, with accomplice for a cycle and upstream as the
	 * module it trespasses on.
	 */
	private static final JavaClasses RULE_BREAKING_MODULES = new ClassFileImporter()
		.importPackages("com.luxestate.trespasser", "com.luxestate.accomplice", "com.luxestate.upstream");

	@ParameterizedTest
	@MethodSource("everyRule")
	void letsWellBehavedModulesPass(ArchRule rule) {
		assertThat(violationsOf(rule, WELL_BEHAVED_MODULES)).isEmpty();
	}

	// Also fails for a rule added later without a fixture that breaks it.
	@ParameterizedTest
	@MethodSource("everyRule")
	void reportsRuleBreakingModules(ArchRule rule) {
		assertThat(violationsOf(rule, RULE_BREAKING_MODULES)).isNotEmpty();
	}

	@Test
	void reportsAModuleUsingAnotherModulesInternals() {
		var violations = violationsOf(LuxestateArchitectureRules.NO_MODULE_REACHES_INTO_ANOTHER_MODULES_INTERNALS,
				RULE_BREAKING_MODULES);

		assertThat(violations)
			.anySatisfy(
					it -> assertThat(it).startsWith("Module 'trespasser' uses internal packages of module 'upstream'")
						.contains(ReachesIntoUpstreamInternals.class.getName(), PricingPolicy.class.getName()))
			.anySatisfy(it -> assertThat(it).contains(ReadsUpstreamOffersTable.class.getName(), Offers.class.getName()))
			// Using upstream's API is fine, and so is upstream using its own internals.
			.noneSatisfy(it -> assertThat(it).contains(FieldInjectedReporter.class.getName()))
			.noneSatisfy(it -> assertThat(it).startsWith("Module 'upstream'"));
	}

	@Test
	void reportsAModuleUsingAnotherModulesJooqClasses() {
		var violations = violationsOf(LuxestateArchitectureRules.NO_MODULE_USES_ANOTHER_MODULES_JOOQ_CLASSES,
				RULE_BREAKING_MODULES);

		// Reaching into upstream's other internals is the internals rule's business, not
		// this one's.
		assertThat(violations).isNotEmpty()
			.allSatisfy(it -> assertThat(it).startsWith("Module 'trespasser' uses jOOQ classes of module 'upstream'")
				.contains(ReadsUpstreamOffersTable.class.getName(), Offers.class.getName()));
	}

	@Test
	void reportsACycleBetweenModules() {
		var violations = violationsOf(LuxestateArchitectureRules.NO_CYCLES_BETWEEN_MODULES, RULE_BREAKING_MODULES);

		assertThat(String.join("\n", violations)).contains("module 'trespasser'", "module 'accomplice'")
			.contains(CallsAccomplice.class.getName(), CallsTrespasserBack.class.getName());
	}

	@Test
	void reportsPublicControllers() {
		var violations = violationsOf(LuxestateArchitectureRules.CONTROLLERS_ARE_NOT_PUBLIC, RULE_BREAKING_MODULES);

		assertThat(violations).hasSize(2)
			.anySatisfy(it -> assertThat(it).contains(PublicOffersApiController.class.getName()))
			.anySatisfy(it -> assertThat(it).contains(PublicOffersPageController.class.getName()));
	}

	@Test
	void reportsControllersOutsideWeb() {
		var violations = violationsOf(LuxestateArchitectureRules.CONTROLLERS_LIVE_IN_WEB, RULE_BREAKING_MODULES);

		// Package-private, like every controller, so named rather than referenced.
		assertThat(violations).singleElement()
			.satisfies(it -> assertThat(it).contains("com.luxestate.trespasser.internal.OffersControllerOutsideWeb"));
	}

	@Test
	void reportsEveryKindOfFieldInjection() {
		var violations = violationsOf(LuxestateArchitectureRules.NO_FIELD_INJECTION, RULE_BREAKING_MODULES);

		var reporter = FieldInjectedReporter.class.getName();
		assertThat(violations).hasSize(4)
			.anySatisfy(it -> assertThat(it).contains(reporter + ".autowiredCatalog"))
			.anySatisfy(it -> assertThat(it).contains(reporter + ".valuePageSize"))
			.anySatisfy(it -> assertThat(it).contains(reporter + ".injectedClock"))
			.anySatisfy(it -> assertThat(it).contains(reporter + ".resourceExecutor"));
	}

	@Test
	void reportsPublicAggregatesAndRepositoriesAndAggregatesOutsideTheInternals() {
		var violations = violationsOf(LuxestateArchitectureRules.AGGREGATES_AND_REPOSITORIES_ARE_NOT_PUBLIC,
				RULE_BREAKING_MODULES);

		// Upstream's aggregate and repository are package-private in its internals, and
		// pass.
		assertThat(violations).hasSize(4)
			// An aggregate by its @Id, a repository, and an aggregate by being a
			// repository's domain type.
			.anySatisfy(it -> assertThat(it).contains(PublicOffer.class.getName() + "> has modifier PUBLIC"))
			.anySatisfy(it -> assertThat(it).contains(PublicOfferDrafts.class.getName() + "> has modifier PUBLIC"))
			.anySatisfy(it -> assertThat(it).contains(OfferDraft.class.getName() + "> has modifier PUBLIC"))
			.anySatisfy(it -> assertThat(it)
				.contains(OfferDraft.class.getName() + "> does not reside in a package '..internal..'"));
	}

	@Test
	void reportsPackagesThatAreNotNullMarked() {
		var violations = violationsOf(LuxestateArchitectureRules.EVERY_PACKAGE_IS_NULL_MARKED, RULE_BREAKING_MODULES);

		// Upstream's generated jOOQ package has no package-info, and is left out on
		// purpose.
		assertThat(violations).containsExactlyInAnyOrder(
				"Package com.luxestate.trespasser has a package-info without @NullMarked",
				"Package com.luxestate.trespasser.internal has no package-info, so it is not @NullMarked",
				"Package com.luxestate.trespasser.web has no package-info, so it is not @NullMarked");
	}

	@Test
	void reportsDomainCodeSpeakingHttp() {
		var violations = violationsOf(LuxestateArchitectureRules.DOMAIN_CODE_DOES_NOT_SPEAK_HTTP,
				RULE_BREAKING_MODULES);

		// A refusal by HTTP status in the domain; and the controller planted in internal
		// (CONTROLLERS_LIVE_IN_WEB's
		// fixture) speaks HTTP there too.
		assertThat(violations).anySatisfy(it -> assertThat(it).contains(RefusesWithAnHttpStatus.class.getName()))
			.allSatisfy(it -> assertThat(it).containsAnyOf(RefusesWithAnHttpStatus.class.getName(),
					"com.luxestate.trespasser.internal.OffersControllerOutsideWeb"))
			// Controllers in web speak HTTP; that is what they are for.
			.noneSatisfy(it -> assertThat(it).contains(PublicOffersApiController.class.getName()));
	}

	private static List<String> violationsOf(ArchRule rule, JavaClasses classes) {
		return rule.evaluate(classes).getFailureReport().getDetails();
	}

	/**
	 * Every rule the production code is held to, found by reflection so that none can be
	 * left out here.
	 */
	static Stream<Named<ArchRule>> everyRule() {
		return Arrays.stream(LuxestateArchitectureRules.class.getFields())
			.filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == ArchRule.class)
			.map(field -> Named.of(field.getName(), ruleIn(field)));
	}

	private static ArchRule ruleIn(Field field) {
		try {
			return (ArchRule) field.get(null);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException("Architecture rules are public constants: " + field, ex);
		}
	}

}
