package com.luxestate.upstream;

import com.luxestate.upstream.internal.PricingPolicy;
import com.luxestate.upstream.internal.jooq.tables.Offers;

/** The fixture module's API: the one type other modules may use. */
public class UpstreamCatalog {

	private final PricingPolicy pricing;

	public UpstreamCatalog(PricingPolicy pricing) {
		this.pricing = pricing;
	}

	public String priceTagOf(String offerId) {
		return pricing.priceTagFor(Offers.OFFERS.qualifiedName(), offerId);
	}

}
