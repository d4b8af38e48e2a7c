package com.luxestate.upstream.internal;

/**
 * Internal to the upstream fixture module, yet public: the Java compiler lets any package
 * use it, only the architecture rules keep other modules out.
 */
public class PricingPolicy {

	public String priceTagFor(String table, String offerId) {
		return table + "#" + offerId;
	}

}
