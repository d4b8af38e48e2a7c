package com.luxestate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The one deployable LuxeState application. It sits in the root package so that Spring
 * Modulith sees every context module (identity, billing, listings, engagement,
 * moderation) beneath it; platform is the shared kernel every module's context includes.
 */
@SpringBootApplication
@Modulithic(systemName = "LuxeState", sharedModules = "platform")
public class LuxestateApplication {

	public static void main(String[] args) {
		SpringApplication.run(LuxestateApplication.class, args);
	}

}
