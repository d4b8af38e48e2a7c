package com.luxestate.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The running application on a random port, with uploaded media in a scratch directory.
 * Listing test classes extend it so that they share one application context (and one
 * database): each test makes its own accounts and listings and never counts on what
 * others left behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ListingsEndToEnd {

	static final Path MEDIA = scratchDirectory();

	@LocalServerPort
	int port;

	RestClient http;

	TestAccounts accounts;

	ListingsApi listings;

	@DynamicPropertySource
	static void mediaDirectory(DynamicPropertyRegistry registry) {
		registry.add("luxestate.media.local.directory", MEDIA::toString);
	}

	@BeforeEach
	void connect() {
		http = HttpClients.to(port);
		accounts = new TestAccounts(http);
		listings = new ListingsApi(http);
	}

	private static Path scratchDirectory() {
		try {
			var directory = Files.createTempDirectory("luxestate-media");
			directory.toFile().deleteOnExit();
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
