package com.luxestate.architecture;

import java.util.regex.Pattern;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Holds the production code of every module, and of the app, to the LuxeState architecture rules.
 */
@AnalyzeClasses(packages = LuxestateArchitectureRules.ROOT_PACKAGE,
		importOptions = { ImportOption.DoNotIncludeTests.class, ArchitectureRulesTest.DoNotIncludeTestJars.class })
class ArchitectureRulesTest {

	@ArchTest
	static final ArchRule noModuleReachesIntoAnotherModulesInternals =
			LuxestateArchitectureRules.NO_MODULE_REACHES_INTO_ANOTHER_MODULES_INTERNALS;

	@ArchTest
	static final ArchRule noModuleUsesAnotherModulesJooqClasses =
			LuxestateArchitectureRules.NO_MODULE_USES_ANOTHER_MODULES_JOOQ_CLASSES;

	@ArchTest
	static final ArchRule noCyclesBetweenModules = LuxestateArchitectureRules.NO_CYCLES_BETWEEN_MODULES;

	@ArchTest
	static final ArchRule controllersAreNotPublic = LuxestateArchitectureRules.CONTROLLERS_ARE_NOT_PUBLIC;

	@ArchTest
	static final ArchRule noFieldInjection = LuxestateArchitectureRules.NO_FIELD_INJECTION;

	/**
	 * {@link ImportOption.DoNotIncludeTests} recognises test class folders but not test jars, and inside a Maven
	 * reactor build the platform's test support arrives as {@code luxestate-platform-*-tests.jar}.
	 */
	static final class DoNotIncludeTestJars implements ImportOption {

		private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

		@Override
		public boolean includes(Location location) {
			return !location.matches(TEST_JAR);
		}
	}
}
