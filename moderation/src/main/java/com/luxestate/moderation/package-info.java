/**
 * Moderation: reports, automated rules, moderation cases and decisions, the audit log and
 * the admin dashboard. Sits on top: reads everyone's events and acts through their public
 * APIs.
 * <p>
 * This package is the module's public API; everything else lives in {@code internal} or
 * {@code web}. The allowed dependencies mirror the Maven dependencies of this module.
 */
@NullMarked
@ApplicationModule(displayName = "Moderation",
		allowedDependencies = { "platform", "identity", "listings", "engagement", "billing" })
package com.luxestate.moderation;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
