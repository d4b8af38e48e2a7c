/**
 * Identity's domain and services: accounts and agent profiles (package-private
 * aggregates, handed out as {@code UserAccountView} and {@code AgentProfileView}),
 * passwords, sessions, tokens and signing keys, mail.
 */
@NullMarked
package com.luxestate.identity.internal;

import org.jspecify.annotations.NullMarked;
