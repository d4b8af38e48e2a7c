/**
 * Test fixture, not a LuxeState module: every class here breaks one architecture rule on purpose, and is named after
 * what it does wrong, so that {@code ArchitectureRulesCatchViolationsTest} can show each rule reports it.
 */
package com.luxestate.trespasser;
