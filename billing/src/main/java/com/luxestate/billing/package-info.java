/**
 * Billing: plans, subscriptions, entitlements (quotas), checkouts, payments, invoices,
 * refunds, coupons and payment-provider webhooks. Sells opaque products and knows nothing
 * about listings.
 * <p>
 * This package is the module's public API; everything else lives in {@code internal} or
 * {@code web}. The allowed dependencies mirror the Maven dependencies of this module.
 */
@NullMarked
@ApplicationModule(displayName = "Billing", allowedDependencies = { "platform" })
package com.luxestate.billing;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
