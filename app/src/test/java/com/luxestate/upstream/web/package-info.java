/**
 * The upstream fixture module's web layer, null-marked like every package of a module.
 */
@NullMarked
package com.luxestate.upstream.web;

import org.jspecify.annotations.NullMarked;
