/**
 * Engagement: favorites, inquiries and conversations, notifications, saved searches and
 * alerts, viewing appointments and agent reviews.
 * <p>
 * This package is the module's public API; everything else lives in {@code internal} or
 * {@code web}. The allowed dependencies mirror the Maven dependencies of this module.
 */
@NullMarked
@ApplicationModule(displayName = "Engagement", allowedDependencies = { "platform", "identity", "listings" })
package com.luxestate.engagement;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
