/**
 * Test fixture, not a LuxeState module: exists only to close a dependency cycle with the
 * trespasser fixture module, through nothing but the two modules' APIs.
 */
@NullMarked
package com.luxestate.accomplice;

import org.jspecify.annotations.NullMarked;
