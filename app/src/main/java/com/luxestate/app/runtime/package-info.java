/**
 * Start-up concerns: database diagnostics and development conveniences.
 */
@NullMarked
package com.luxestate.app.runtime;

import org.jspecify.annotations.NullMarked;
