package com.luxestate.downstream;

import com.luxestate.upstream.UpstreamCatalog;

/** Uses another module the allowed way: through the API in its root package. */
public class PriceQuotes {

	private final UpstreamCatalog catalog;

	public PriceQuotes(UpstreamCatalog catalog) {
		this.catalog = catalog;
	}

	public String quote(String offerId) {
		return "Quote: " + catalog.priceTagOf(offerId);
	}

}
