package com.luxestate.trespasser.web;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Breaks the controller rule with a plain {@code @Controller}, which the rule covers as
 * well as {@code @RestController}. {@code @TestComponent} keeps it out of the component
 * scan of any Spring Boot test.
 */
@TestComponent
@Controller
public class PublicOffersPageController {

	@GetMapping("/trespasser/offers-page")
	public String offersPage() {
		return "offers";
	}

}
