package com.luxestate.upstream.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.luxestate.upstream.UpstreamCatalog;

/**
 * A controller as the rules want it: package-private, collaborators and settings through
 * the constructor (including {@code @Value} on a constructor parameter, which is not
 * field injection).
 * <p>
 * {@code @TestComponent} keeps this fixture out of the component scan of any Spring Boot
 * test in the app.
 */
@TestComponent
@RestController
class OffersController {

	private final UpstreamCatalog catalog;

	private final String currency;

	OffersController(UpstreamCatalog catalog, @Value("${upstream.currency:EUR}") String currency) {
		this.catalog = catalog;
		this.currency = currency;
	}

	@GetMapping("/offers/{offerId}/price-tag")
	String priceTag(@PathVariable String offerId) {
		return catalog.priceTagOf(offerId) + " " + currency;
	}

}
