package com.luxestate.listings.internal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * An S3 endpoint that accepts connections and then says nothing fails the call within the
 * configured time-outs (ADR 0012); without them, the call, and the request that made it,
 * would wait forever.
 */
class S3TimeoutTests {

	private ServerSocket silent;

	private final List<Socket> accepted = new CopyOnWriteArrayList<>();

	@BeforeEach
	void startSilentEndpoint() throws IOException {
		silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread.ofPlatform().daemon().start(() -> {
			while (!silent.isClosed()) {
				try {
					accepted.add(silent.accept()); // and never answer
				}
				catch (IOException ex) {
					return;
				}
			}
		});
		System.setProperty("aws.accessKeyId", "test-key");
		System.setProperty("aws.secretAccessKey", "test-secret");
	}

	@AfterEach
	void stopSilentEndpoint() throws IOException {
		System.clearProperty("aws.accessKeyId");
		System.clearProperty("aws.secretAccessKey");
		silent.close();
		for (var socket : accepted) {
			socket.close();
		}
	}

	@Test
	void aStalledEndpointFailsTheCallInsteadOfHoldingIt() {
		var second = Duration.ofSeconds(1);
		try (var client = new MediaStorageConfiguration().mediaS3Client("us-east-1",
				"http://127.0.0.1:" + silent.getLocalPort(), true, second, second, Duration.ofSeconds(2),
				Duration.ofSeconds(3))) {
			var storage = new S3MediaStorage(client, "media");

			var started = System.nanoTime();
			assertThatThrownBy(() -> storage
				.load(MediaKeys.of(MediaKeys.imagePrefix(UUID.randomUUID(), UUID.randomUUID()), ImageDerivative.LARGE)))
				.isInstanceOf(SdkClientException.class);

			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
			assertThat(accepted).as("the call reached the endpoint").isNotEmpty();
		}
	}

}
