package com.luxestate.listings.internal.media;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Chooses where image files are stored: {@code luxestate.media.storage=local} (the
 * default, a directory named by {@code LUXESTATE_STORAGE_DIR}) or {@code s3} (credentials
 * from the AWS default chain: environment, profile, role).
 */
@Configuration(proxyBeanMethods = false)
class MediaStorageConfiguration {

	@Bean
	@ConditionalOnProperty(name = "luxestate.media.storage", havingValue = "local", matchIfMissing = true)
	MediaStorage localMediaStorage(
			@Value("${luxestate.media.local.directory:${LUXESTATE_STORAGE_DIR:./data/media}}") Path directory) {
		return new LocalMediaStorage(directory);
	}

	/**
	 * Every call to S3 is bounded (ADR 0012): connecting, waiting for data, waiting for a
	 * pooled connection, each attempt and the whole call with its retries. A stalled
	 * endpoint fails a request; it never holds it.
	 */
	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "luxestate.media.storage", havingValue = "s3")
	S3Client mediaS3Client(@Value("${luxestate.media.s3.region:us-east-1}") String region,
			@Value("${luxestate.media.s3.endpoint:}") String endpoint,
			@Value("${luxestate.media.s3.path-style-access:false}") boolean pathStyleAccess,
			@Value("${luxestate.media.s3.connect-timeout:5s}") Duration connectTimeout,
			@Value("${luxestate.media.s3.read-timeout:30s}") Duration readTimeout,
			@Value("${luxestate.media.s3.api-call-attempt-timeout:60s}") Duration attemptTimeout,
			@Value("${luxestate.media.s3.api-call-timeout:120s}") Duration callTimeout) {
		var builder = S3Client.builder()
			.region(Region.of(region))
			.forcePathStyle(pathStyleAccess)
			.httpClientBuilder(Apache5HttpClient.builder()
				.connectionTimeout(connectTimeout)
				.socketTimeout(readTimeout)
				.connectionAcquisitionTimeout(connectTimeout))
			.overrideConfiguration(
					configuration -> configuration.apiCallAttemptTimeout(attemptTimeout).apiCallTimeout(callTimeout));
		if (!endpoint.isBlank()) {
			builder.endpointOverride(URI.create(endpoint));
		}
		return builder.build();
	}

	@Bean
	@ConditionalOnProperty(name = "luxestate.media.storage", havingValue = "s3")
	MediaStorage s3MediaStorage(S3Client mediaS3Client, @Value("${luxestate.media.s3.bucket}") String bucket) {
		return new S3MediaStorage(mediaS3Client, bucket);
	}

}
