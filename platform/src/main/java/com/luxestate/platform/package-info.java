/**
 * Platform: the shared kernel every context module builds on (see ADR 0002). It owns no
 * business data; it owns the root tables (the event publication registry, scheduler
 * locks, rate limit buckets, outgoing mail), keeps the registry healthy, offers rate
 * limits every instance shares ({@link com.luxestate.platform.RateLimits}), delivers
 * every module's mail ({@link com.luxestate.platform.Mailbox}, ADR 0012), and sets the
 * persistence and event defaults every module shares, so that a module bootstrapped alone
 * in its tests behaves like the deployed application.
 */
@NullMarked
@ApplicationModule(displayName = "Platform", allowedDependencies = {})
package com.luxestate.platform;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
