package com.luxestate.listings.internal.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The S3 server the S3 storage is tested against: S3Proxy ({@code org.gaul:s3proxy}) with
 * its in-memory store, in a JVM of its own (ADR 0010), started at first use and stopped
 * when the test JVM ends. It checks request signatures as AWS does, so a request that
 * passes here was addressed and signed correctly.
 */
final class TestS3 {

	static final String JAR_PROPERTY = "luxestate.test.s3proxy.jar";
	static final Region REGION = Region.US_EAST_1;
	static final String ACCESS_KEY = "luxestate-test";
	static final String SECRET_KEY = "luxestate-test-secret";

	private static final Duration STARTUP_LIMIT = Duration.ofSeconds(60);

	private static final int ATTEMPTS = 3;

	private static TestS3 running;

	private final Process process;

	private final URI endpoint;

	private final S3Client client;

	private TestS3(Process process, URI endpoint) {
		this.process = process;
		this.endpoint = endpoint;
		this.client = clientBuilder().build();
	}

	static synchronized TestS3 server() {
		if (running == null) {
			// The application's client takes its keys from the AWS default chain, which
			// asks these system
			// properties first: the module's tests sign with the test server's keys,
			// never with a developer's own.
			System.setProperty("aws.accessKeyId", ACCESS_KEY);
			System.setProperty("aws.secretAccessKey", SECRET_KEY);
			running = start(jar());
			Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "test-s3-stop"));
		}
		return running;
	}

	URI endpoint() {
		return endpoint;
	}

	/** A client that looks into the buckets behind the application's back. */
	S3Client client() {
		return client;
	}

	/**
	 * A client configured as the application's S3 configuration configures one, with the
	 * server's keys.
	 */
	S3ClientBuilder clientBuilder() {
		return S3Client.builder()
			.endpointOverride(endpoint)
			.region(REGION)
			.forcePathStyle(true)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)));
	}

	/**
	 * A new, empty bucket: every test that writes gets its own, so no test sees another's
	 * objects.
	 */
	String createBucket() {
		var bucket = "media-" + UUID.randomUUID();
		client.createBucket(create -> create.bucket(bucket));
		return bucket;
	}

	/** The keys in a bucket, in order. */
	List<String> keysIn(String bucket) {
		return keysIn(bucket, "");
	}

	/** The keys in a bucket that start with the prefix, in order. */
	List<String> keysIn(String bucket, String prefix) {
		return client.listObjectsV2Paginator(list -> list.bucket(bucket).prefix(prefix))
			.contents()
			.stream()
			.map(S3Object::key)
			.sorted()
			.toList();
	}

	private static Path jar() {
		var configured = System.getProperty(JAR_PROPERTY, "");
		if (configured.isBlank() || !Files.isRegularFile(Path.of(configured))) {
			throw new IllegalStateException("""
					S3Proxy's jar is not where %s says (%s). The build copies it to target/s3proxy when it runs the \
					tests: run them through Maven (./mvnw -pl listings -am verify), or run that once and point the \
					IDE's test configuration at the jar.""".formatted(JAR_PROPERTY, configured));
		}
		return Path.of(configured);
	}

	private static TestS3 start(Path jar) {
		var log = jar.resolveSibling("s3proxy.log");
		try {
			Files.deleteIfExists(log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// A free port can be taken by someone else before S3Proxy binds it; S3Proxy then
		// exits and we try another.
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			var endpoint = URI.create("http://127.0.0.1:" + freePort());
			var process = launch(jar, endpoint, log);
			if (becameReady(process, endpoint, log)) {
				return new TestS3(process, endpoint);
			}
		}
		throw new IllegalStateException("S3Proxy exited at start " + ATTEMPTS + " times; its output:\n" + tail(log));
	}

	private static Process launch(Path jar, URI endpoint, Path log) {
		try {
			var configuration = Files.createTempFile("s3proxy-", ".properties");
			configuration.toFile().deleteOnExit();
			Files.writeString(configuration, """
					s3proxy.endpoint=%s
					s3proxy.authorization=aws-v2-or-v4
					s3proxy.identity=%s
					s3proxy.credential=%s
					jclouds.provider=transient
					""".formatted(endpoint, ACCESS_KEY, SECRET_KEY));
			var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			// A small heap and the quick compiler only: the server holds a few test
			// images and must start fast on
			// a two-core CI machine that is running the tests at the same time.
			return new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar",
					jar.toString(), "--properties", configuration.toString())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start S3Proxy from " + jar, ex);
		}
	}

	/** Waits until S3Proxy answers its health check; false if it exited first. */
	private static boolean becameReady(Process process, URI endpoint, Path log) {
		var health = HttpRequest.newBuilder(endpoint.resolve("/healthz")).timeout(Duration.ofSeconds(2)).build();
		var deadline = Instant.now().plus(STARTUP_LIMIT);
		try (var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
			while (Instant.now().isBefore(deadline)) {
				if (!process.isAlive()) {
					return false;
				}
				try {
					if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						return true;
					}
				}
				catch (IOException notYetListening) {
					// still starting
				}
				Thread.sleep(100);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		process.destroyForcibly();
		throw new IllegalStateException(
				"S3Proxy did not answer within " + STARTUP_LIMIT.toSeconds() + " s; its output:\n" + tail(log));
	}

	private void stop() {
		client.close();
		process.destroy();
		try {
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String tail(Path log) {
		try {
			var lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no output: " + ex.getMessage() + ")";
		}
	}

}
