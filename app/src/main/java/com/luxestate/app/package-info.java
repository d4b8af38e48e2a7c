/**
 * The deployable application's own code: cross-cutting HTTP behaviour (problem details,
 * security, CORS, OpenAPI, request limits) and start-up concerns (database diagnostics,
 * development conveniences). No business rules.
 */
@NullMarked
@ApplicationModule(displayName = "Application")
package com.luxestate.app;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
