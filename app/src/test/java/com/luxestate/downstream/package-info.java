/**
 * Test fixture, not a LuxeState module: a well-behaved module that depends on the
 * upstream fixture module through its API only, one way.
 */
@NullMarked
package com.luxestate.downstream;

import org.jspecify.annotations.NullMarked;
