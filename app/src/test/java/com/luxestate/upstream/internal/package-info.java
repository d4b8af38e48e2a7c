/**
 * The upstream fixture module's internals, null-marked like every package of a module.
 */
@NullMarked
package com.luxestate.upstream.internal;

import org.jspecify.annotations.NullMarked;
