package com.luxestate.e2e;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Real HTTP against the running application; every status comes back to the test, none is
 * thrown, and every answer is checked against the application's OpenAPI document
 * ({@link ContractCheck}).
 */
public final class HttpClients {

	private HttpClients() {
	}

	public static RestClient to(int port) {
		var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		var baseUrl = "http://localhost:" + port;
		return RestClient.builder()
			.baseUrl(baseUrl)
			.requestFactory(new JdkClientHttpRequestFactory(http))
			.requestInterceptor(ContractCheck.of(baseUrl))
			.defaultStatusHandler(status -> true, (request, response) -> {
			})
			.build();
	}

}
