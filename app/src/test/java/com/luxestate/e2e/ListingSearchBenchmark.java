package com.luxestate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.conf.ParamType;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The search benchmark of docs/benchmarks.md: loads the demo data set (1,000,000 listings
 * unless {@code -Dbenchmark.listings} says otherwise), then measures each query through
 * HTTP at fixed concurrencies and the very SQL the service ran for it directly against
 * PostgreSQL, and writes the figures and query plans to {@code app/target/benchmark/}.
 * Not a test: its name keeps it out of {@code ./mvnw verify}. Run it with <pre>
 * ./mvnw -B -pl app -am verify -Pbenchmark
 * </pre> The {@code benchmark} profile runs the JVM as production does, without Java
 * assertions and the coverage agent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "luxestate.demo.listings=${benchmark.listings:1000000}", "logging.level.org.jooq=WARN" })
class ListingSearchBenchmark {

	/** One table of figures per level: one client per core (2 here) and twice as many. */
	static final List<Integer> CONCURRENCY = Arrays
		.stream(System.getProperty("benchmark.concurrency", "2,4").split(","))
		.map(String::strip)
		.map(Integer::valueOf)
		.toList();
	static final int WARM_UP = Integer.getInteger("benchmark.warmup", 200);
	static final int JIT_WARM_UP = Integer.getInteger("benchmark.jitWarmup", 1000);
	static final int REQUESTS = Integer.getInteger("benchmark.requests", 1000);

	@LocalServerPort
	int port;

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final SqlRecorder recorder;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	ListingSearchBenchmark(JdbcTemplate jdbc, DataSource dataSource, SqlRecorder recorder) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.recorder = recorder;
	}

	/**
	 * Refuses to measure a JVM with assertions on, which surefire turns on by default:
	 * Lucene then checks every block of postings it reads, and a keyword search costs
	 * several times what it costs in production. Checked before the application starts,
	 * so that nobody waits for a million listings to load for nothing.
	 */
	@BeforeAll
	static void runsAsProductionDoes() {
		assertThat(ListingSearchBenchmark.class.desiredAssertionStatus())
			.as("Java assertions are on (-ea), which production never runs with: run the benchmark with -Pbenchmark")
			.isFalse();
	}

	@Test
	void measure() throws Exception {
		var listingCount = jdbc.queryForObject("SELECT count(*) FROM listings.listing", Long.class);
		var sample = jdbc.queryForObject("SELECT id FROM listings.listing WHERE city = 'Lisbon' AND status = 'ACTIVE'"
				+ " AND property_type = 'APARTMENT' AND purpose = 'SALE' ORDER BY id LIMIT 1", String.class);
		var queries = new LinkedHashMap<String, String>();
		queries.put("keyword search", "/api/v1/listings?q=penthouse+sea+view");
		queries.put("keyword search, a common word", "/api/v1/listings?q=apartment");
		queries.put("filtered search (city + price + bedrooms)",
				"/api/v1/listings?city=Lisbon&purpose=SALE&minPrice=300000&maxPrice=800000&minBedrooms=2");
		queries.put("radius search (2 km)", "/api/v1/listings?lat=38.7223&lon=-9.1393&radiusKm=2");
		queries.put("bbox search sorted by price", "/api/v1/listings?bbox=-9.16,38.70,-9.12,38.74&sort=price_asc");
		queries.put("deep keyset paging (page 50)", pageFifty("/api/v1/listings?city=Madrid&sort=newest&limit=20"));
		queries.put("similar listings", "/api/v1/listings/" + sample + "/similar");
		queries.put("everything, newest first (exact total)", "/api/v1/listings");
		queries.put("nearest first (distance sort, no radius)",
				"/api/v1/listings?lat=48.8566&lon=2.3522&sort=distance");
		queries.put("listing detail", "/api/v1/listings/" + sample);

		var tables = new LinkedHashMap<Integer, StringBuilder>();
		for (var concurrency : CONCURRENCY) {
			tables.put(concurrency,
					new StringBuilder(
							"""
									Listings: %,d. Concurrency: %d. Requests per query: %d after %d to warm up.

									| query | HTTP p50 | HTTP p95 | HTTP p99 | HTTP req/s | SQL p50 | SQL p95 | SQL p99 | SQL q/s | HTTP/SQL (p50) |
									|---|---|---|---|---|---|---|---|---|---|
									"""
								.formatted(listingCount, concurrency, REQUESTS, WARM_UP)));
		}
		// Every query first runs until the JIT has compiled its path: the first measured
		// query would otherwise run
		// on a cold JVM (the keyword index's code runs for no other query).
		for (var path : queries.values()) {
			for (int i = 0; i < JIT_WARM_UP; i++) {
				get(path);
			}
		}
		var plans = new StringBuilder();
		for (var query : queries.entrySet()) {
			var statements = query.getKey().equals("listing detail") ? detailSql(sample) : record(query.getValue());
			for (var table : tables.entrySet()) {
				var viaHttp = run(table.getKey(), () -> get(query.getValue()));
				var viaSql = run(table.getKey(), () -> executeAll(statements));
				table.getValue()
					.append("| %s | %s | %s | %s | %.0f | %s | %s | %s | %.0f | %.1f |%n".formatted(query.getKey(),
							ms(viaHttp.percentile(50)), ms(viaHttp.percentile(95)), ms(viaHttp.percentile(99)),
							viaHttp.throughput(), ms(viaSql.percentile(50)), ms(viaSql.percentile(95)),
							ms(viaSql.percentile(99)), viaSql.throughput(),
							(double) viaHttp.percentile(50) / Math.max(1, viaSql.percentile(50))));
			}
			plans.append("## ").append(query.getKey()).append("\n\n`GET ").append(query.getValue()).append("`\n\n");
			for (var statement : statements) {
				plans.append("```sql\n").append(statement).append("\n```\n\n```\n");
				jdbc.queryForList("EXPLAIN (ANALYZE, BUFFERS) " + statement, String.class)
					.forEach(line -> plans.append(line).append('\n'));
				plans.append("```\n\n");
			}
		}
		var report = String.join("\n", tables.values());
		var directory = Files.createDirectories(Path.of("target", "benchmark"));
		Files.writeString(directory.resolve("results.md"), report);
		Files.writeString(directory.resolve("plans.md"), plans);
		System.out.println(report);
	}

	/**
	 * Follows the cursors of a search to its 50th page, and returns that page's address.
	 */
	private String pageFifty(String first) throws Exception {
		var path = first;
		for (int page = 1; page < 50; page++) {
			var cursor = json.readTree(get(path)).get("nextCursor").asString();
			path = first + "&cursor=" + cursor;
		}
		return path;
	}

	/** The SQL the service runs for one request, with its parameters inlined. */
	private List<String> record(String path) throws Exception {
		recorder.statements.clear();
		recorder.recording = true;
		try {
			get(path);
		}
		finally {
			recorder.recording = false;
		}
		assertThat(recorder.statements).isNotEmpty();
		return List.copyOf(recorder.statements);
	}

	/** What Spring Data JDBC runs to load one listing with its images. */
	private static List<String> detailSql(String id) {
		return List.of("SELECT * FROM listings.listing WHERE id = '" + id + "'",
				"SELECT * FROM listings.listing_image WHERE listing_id = '" + id + "' ORDER BY position");
	}

	private String get(String path) throws IOException, InterruptedException {
		var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private Void executeAll(List<String> statements) throws Exception {
		try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
			for (var sql : statements) {
				try (var rows = statement.executeQuery(sql)) {
					while (rows.next()) {
						// read every row, as the service does
					}
				}
			}
		}
		return null;
	}

	private static Measurement run(int concurrency, Task task) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			task.run();
		}
		var latencies = new CopyOnWriteArrayList<Long>();
		var next = new AtomicInteger();
		var started = System.nanoTime();
		try (var workers = Executors.newFixedThreadPool(concurrency)) {
			var failures = new ArrayList<java.util.concurrent.Future<?>>();
			for (int worker = 0; worker < concurrency; worker++) {
				failures.add(workers.submit(() -> {
					while (next.getAndIncrement() < REQUESTS) {
						var start = System.nanoTime();
						task.run();
						latencies.add(System.nanoTime() - start);
					}
					return null;
				}));
			}
			for (var failure : failures) {
				failure.get();
			}
		}
		var elapsed = System.nanoTime() - started;
		var sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		return new Measurement(sorted, sorted.length / (elapsed / 1e9));
	}

	private static String ms(long nanos) {
		return "%.1f ms".formatted(nanos / 1e6);
	}

	@FunctionalInterface
	interface Task {

		Object run() throws Exception;

	}

	record Measurement(long[] sortedNanos, double throughput) {

		long percentile(int percent) {
			return sortedNanos[Math.min(sortedNanos.length - 1,
					(int) Math.ceil(percent / 100.0 * sortedNanos.length) - 1)];
		}
	}

	/** Records the statements jOOQ runs while a request is being recorded. */
	static class SqlRecorder implements ExecuteListener {

		final List<String> statements = new CopyOnWriteArrayList<>();

		volatile boolean recording;

		@Override
		public void executeStart(ExecuteContext context) {
			if (recording && context.query() != null) {
				statements.add(context.query().getSQL(ParamType.INLINED));
			}
		}

	}

	@TestConfiguration
	static class Recording {

		@Bean
		SqlRecorder sqlRecorder() {
			return new SqlRecorder();
		}

		@Bean
		DefaultExecuteListenerProvider sqlRecording(SqlRecorder recorder) {
			return new DefaultExecuteListenerProvider(recorder);
		}

	}

}
