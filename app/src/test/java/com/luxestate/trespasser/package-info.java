/**
 * Test fixture, not a LuxeState module: every class here breaks one architecture rule on
 * purpose, and is named after what it does wrong, so that
 * {@code ArchitectureRulesCatchViolationsTest} can show each rule reports it.
 * <p>
 * This package-info itself breaks the null-marking rule: it is not {@code @NullMarked};
 * the packages beneath have no package-info at all.
 */
package com.luxestate.trespasser;
