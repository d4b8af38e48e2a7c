package com.luxestate.e2e;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** Real HTTP against the running application; every status comes back to the test, none is thrown. */
public final class HttpClients {

	private HttpClients() {
	}

	public static RestClient to(int port) {
		var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		return RestClient.builder()
				.baseUrl("http://localhost:" + port)
				.requestFactory(new JdkClientHttpRequestFactory(http))
				.defaultStatusHandler(status -> true, (request, response) -> { })
				.build();
	}
}
