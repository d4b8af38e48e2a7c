package com.luxestate.trespasser.web;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Breaks the controller rule: a public {@code @RestController}. {@code @TestComponent}
 * keeps it out of the component scan of any Spring Boot test in the app.
 */
@TestComponent
@RestController
public class PublicOffersApiController {

	@GetMapping("/trespasser/offers")
	public String offers() {
		return "[]";
	}

}
