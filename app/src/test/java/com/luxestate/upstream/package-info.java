/**
 * Test fixture, not a LuxeState module: a well-behaved module that other fixture modules
 * depend on. It uses its own internals and its own jOOQ classes, which every architecture
 * rule must allow.
 * <p>
 * Fixture modules live in test sources only, so neither {@code ApplicationModules} nor
 * the analysis of the production code ever sees them;
 * {@code ArchitectureRulesCatchViolationsTest} imports them explicitly.
 */
@NullMarked
package com.luxestate.upstream;

import org.jspecify.annotations.NullMarked;
