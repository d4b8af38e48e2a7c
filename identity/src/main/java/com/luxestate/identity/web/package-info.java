/**
 * Identity's HTTP API: package-private controllers and the JSON they read and write.
 */
@NullMarked
package com.luxestate.identity.web;

import org.jspecify.annotations.NullMarked;
