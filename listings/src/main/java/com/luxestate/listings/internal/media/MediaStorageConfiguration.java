package com.luxestate.listings.internal.media;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Chooses where image files are stored: {@code luxestate.media.storage=local} (the default, a directory named by
 * {@code LUXESTATE_STORAGE_DIR}) or {@code s3} (credentials from the AWS default chain: environment, profile, role).
 */
@Configuration(proxyBeanMethods = false)
class MediaStorageConfiguration {

	@Bean
	@ConditionalOnProperty(name = "luxestate.media.storage", havingValue = "local", matchIfMissing = true)
	MediaStorage localMediaStorage(
			@Value("${luxestate.media.local.directory:${LUXESTATE_STORAGE_DIR:./data/media}}") Path directory) {
		return new LocalMediaStorage(directory);
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "luxestate.media.storage", havingValue = "s3")
	S3Client mediaS3Client(@Value("${luxestate.media.s3.region:us-east-1}") String region,
			@Value("${luxestate.media.s3.endpoint:}") String endpoint,
			@Value("${luxestate.media.s3.path-style-access:false}") boolean pathStyleAccess) {
		var builder = S3Client.builder().region(Region.of(region)).forcePathStyle(pathStyleAccess);
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
