/**
 * Identity: accounts, credentials, sessions and refresh tokens, roles and permissions,
 * agent profiles and their verification, account status. Depends on no other module.
 * <p>
 * This package is the module's public API; everything else lives in {@code internal} or
 * {@code web}. The allowed dependencies mirror the Maven dependencies of this module.
 */
@NullMarked
@ApplicationModule(displayName = "Identity", allowedDependencies = { "platform" })
package com.luxestate.identity;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
