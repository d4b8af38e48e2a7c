package com.luxestate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.regex.Pattern;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Holds the production code of every module, and of the app, to the LuxeState
 * architecture rules.
 */
@AnalyzeClasses(packages = LuxestateArchitectureRules.ROOT_PACKAGE,
		importOptions = { ImportOption.DoNotIncludeTests.class, ArchitectureRulesTest.DoNotIncludeTestJars.class })
class ArchitectureRulesTest {

	@ArchTest
	static final ArchRule noModuleReachesIntoAnotherModulesInternals = LuxestateArchitectureRules.NO_MODULE_REACHES_INTO_ANOTHER_MODULES_INTERNALS;

	@ArchTest
	static final ArchRule noModuleUsesAnotherModulesJooqClasses = LuxestateArchitectureRules.NO_MODULE_USES_ANOTHER_MODULES_JOOQ_CLASSES;

	@ArchTest
	static final ArchRule noCyclesBetweenModules = LuxestateArchitectureRules.NO_CYCLES_BETWEEN_MODULES;

	@ArchTest
	static final ArchRule controllersAreNotPublic = LuxestateArchitectureRules.CONTROLLERS_ARE_NOT_PUBLIC;

	@ArchTest
	static final ArchRule controllersLiveInWeb = LuxestateArchitectureRules.CONTROLLERS_LIVE_IN_WEB;

	@ArchTest
	static final ArchRule noFieldInjection = LuxestateArchitectureRules.NO_FIELD_INJECTION;

	@ArchTest
	static final ArchRule aggregatesAndRepositoriesAreNotPublic = LuxestateArchitectureRules.AGGREGATES_AND_REPOSITORIES_ARE_NOT_PUBLIC;

	@ArchTest
	static final ArchRule everyPackageIsNullMarked = LuxestateArchitectureRules.EVERY_PACKAGE_IS_NULL_MARKED;

	@ArchTest
	static final ArchRule domainCodeDoesNotSpeakHttp = LuxestateArchitectureRules.DOMAIN_CODE_DOES_NOT_SPEAK_HTTP;

	/**
	 * The fixture modules that break every rule on purpose sit beneath the same root
	 * package. They must never be judged as production code, or this test would fail for
	 * them (or worse, be weakened to let them pass).
	 */
	@ArchTest
	static final ArchRule ruleBreakingFixturesAreNotAnalysedAsProductionCode = noClasses().should()
		.resideInAnyPackage(ArchitectureRulesCatchViolationsTest.FIXTURE_PACKAGES)
		.because("the fixtures live in test sources, which this analysis leaves out");

	/**
	 * {@link ImportOption.DoNotIncludeTests} recognises test class folders but not test
	 * jars, and inside a Maven reactor build the platform's test support arrives as
	 * {@code luxestate-platform-*-tests.jar}.
	 */
	static final class DoNotIncludeTestJars implements ImportOption {

		private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

		@Override
		public boolean includes(Location location) {
			return !location.matches(TEST_JAR);
		}

	}

}
