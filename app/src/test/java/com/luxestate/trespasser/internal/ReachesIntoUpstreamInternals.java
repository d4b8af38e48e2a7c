package com.luxestate.trespasser.internal;

import com.luxestate.upstream.internal.PricingPolicy;

/**
 * Breaks the internals rule: uses a class from another module's internal package instead
 * of its API.
 */
public class ReachesIntoUpstreamInternals {

	public String priceTag(String offerId) {
		return new PricingPolicy().priceTagFor("upstream.offers", offerId);
	}

}
