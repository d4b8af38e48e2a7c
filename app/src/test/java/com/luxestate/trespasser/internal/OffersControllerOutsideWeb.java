package com.luxestate.trespasser.internal;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Breaks the web rule: a controller among the module's internals. Package-private, so
 * that it breaks no other rule; {@code @TestComponent} keeps it out of the component scan
 * of any Spring Boot test.
 */
@TestComponent
@RestController
class OffersControllerOutsideWeb {

	@GetMapping("/trespasser/offers-outside-web")
	String offers() {
		return "[]";
	}

}
