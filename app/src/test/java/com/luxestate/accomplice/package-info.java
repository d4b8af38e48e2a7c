/**
 * Test fixture, not a LuxeState module: exists only to close a dependency cycle with the trespasser fixture module,
 * through nothing but the two modules' APIs.
 */
package com.luxestate.accomplice;
