/**
 * Platform: the shared kernel every context module builds on (see ADR 0002). It owns no business data;
 * it owns the root tables (the event publication registry, scheduler locks, outgoing mail), keeps the registry
 * healthy, delivers every module's mail ({@link com.luxestate.platform.Mailbox}, ADR 0012), and
 * sets the persistence and event defaults every module shares, so that a module bootstrapped alone in its
 * tests behaves like the deployed application.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = {})
package com.luxestate.platform;

import org.springframework.modulith.ApplicationModule;
