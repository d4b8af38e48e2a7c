/**
 * The platform's own wiring: the defaults every module shares (persistence, time,
 * scheduling locks) and the upkeep of the event publication registry.
 */
@NullMarked
package com.luxestate.platform.internal;

import org.jspecify.annotations.NullMarked;
