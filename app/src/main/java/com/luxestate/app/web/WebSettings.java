package com.luxestate.app.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The HTTP settings ops set per environment (see the README's configuration table).
 *
 * @param cors which browser origins may call the API
 * @param maxBodySize the largest request body accepted, uploads aside
 * @param maxUploadSize the largest multipart upload accepted
 */
@ConfigurationProperties("luxestate.http")
record WebSettings(Cors cors, @DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("20MB") DataSize maxUploadSize) {

	/**
	 * @param allowedOrigins exact origins (scheme, host and port) allowed to call the API
	 * from a browser
	 * @param maxAge how long browsers may cache a preflight answer
	 */
	record Cors(@DefaultValue List<String> allowedOrigins, @DefaultValue("1h") Duration maxAge) {
	}
}
