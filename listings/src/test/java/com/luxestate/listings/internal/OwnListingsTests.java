package com.luxestate.listings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;

import com.luxestate.listings.AddressVisibility;
import com.luxestate.listings.ListingStatus;
import com.luxestate.listings.testing.TestImages;
import com.luxestate.platform.Caller;
import com.luxestate.platform.PageCursor;

/**
 * The owner's page of their own listings shows each listing as it is shown on its own,
 * and costs the same few statements however many listings and images it holds. Statements
 * are counted where jOOQ and Spring Data JDBC both send them, on the connections of the
 * data source, so a page that went back to loading aggregates (a statement per listing
 * for its images) would be counted too.
 */
@ApplicationModuleTest
@DirtiesContext
class OwnListingsTests {

	private final OwnListings ownListings;

	private final ListingManagement management;

	private final ListingMedia media;

	private final ListingFixtures fixtures;

	private final StatementRecorder statements;

	OwnListingsTests(OwnListings ownListings, ListingManagement management, ListingMedia media,
			StatementRecorder statements) {
		this.ownListings = ownListings;
		this.management = management;
		this.media = media;
		this.fixtures = new ListingFixtures(management, media);
		this.statements = statements;
	}

	@Test
	void eachListingOnThePageIsWhatItsOwnerSeesOfItAlone() {
		var owner = Caller.user(UUID.randomUUID());
		var draft = fixtures.draft(owner.userId());
		var hidden = fixtures.published(owner.userId(), AddressVisibility.HIDDEN);
		var kitchen = media.upload(owner, hidden, null, TestImages.png(48, 64), "Kitchen").image().id();
		media.makePrimary(owner, hidden, null, kitchen);
		var pending = fixtures.published(owner.userId());
		media.upload(owner, pending, null, TestImages.png(80, 40), "Garden");
		media.upload(owner, pending, null, TestImages.png(40, 80), null);
		var images = management.find(owner, pending).images().stream().map(ListingView.ImageView::id).toList();
		media.reorder(owner, pending, null, List.of(images.get(2), images.get(0), images.get(1)));
		management.changeStatus(owner, pending, null, ListingStatus.PENDING);
		fixtures.published(UUID.randomUUID());

		var page = ownListings.page(owner, null, null, 10);

		assertThat(page.items()).containsExactlyElementsOf(
				Stream.of(pending, hidden, draft).map(id -> management.find(owner, id)).toList());
		assertThat(page.total()).isEqualTo(3);
		assertThat(ownListings.page(owner, ListingStatus.ACTIVE, null, 10).items())
			.containsExactly(management.find(owner, hidden));
		assertThat(ownListings.page(owner, null, PageCursor.encode(hidden), 10).items())
			.containsExactly(management.find(owner, draft));
	}

	@Test
	void aPageCostsTheSameThreeStatementsHoweverManyListingsAndImagesItHolds() {
		var newOwner = Caller.user(UUID.randomUUID());
		fixtures.published(newOwner.userId());
		var agent = Caller.user(UUID.randomUUID());
		IntStream.range(0, 12).forEach(i -> fixtures.published(agent.userId()));
		var listing = fixtures.draft(agent.userId());
		media.upload(agent, listing, null, TestImages.png(40, 30), "Hall");
		media.upload(agent, listing, null, TestImages.png(30, 40), "Stairs");

		var forOne = statements.of(() -> assertThat(ownListings.page(newOwner, null, null, 100).items()).hasSize(1));
		var forMany = statements.of(() -> assertThat(ownListings.page(agent, null, null, 100).items()).hasSize(13));

		assertThat(forOne).as("the listings, their images, the count").hasSize(3);
		assertThat(forMany).as("statements for 13 listings and 14 images").hasSameSizeAs(forOne);
	}

	/**
	 * Records the statements sent on the thread that asks: every data source is wrapped,
	 * so whoever prepares a statement (jOOQ, Spring Data JDBC, a {@code JdbcTemplate})
	 * prepares it on a connection that records it.
	 */
	static class StatementRecorder implements BeanPostProcessor {

		private final ThreadLocal<List<String>> recorded = new ThreadLocal<>();

		/**
		 * The statements the action sent, in order; statements of other threads are not
		 * the action's.
		 */
		List<String> of(Runnable action) {
			var statements = new ArrayList<String>();
			recorded.set(statements);
			try {
				action.run();
			}
			finally {
				recorded.remove();
			}
			return statements;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			return bean instanceof DataSource dataSource ? new RecordingDataSource(dataSource, this) : bean;
		}

		private Connection recording(Connection connection) {
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
						var statements = recorded.get();
						var name = method.getName();
						if (statements != null && (name.startsWith("prepare") || name.equals("createStatement"))) {
							statements.add(arguments == null ? name : String.valueOf(arguments[0]));
						}
						try {
							return method.invoke(connection, arguments);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

	/**
	 * A data source whose connections record what they prepare. It closes the pool it
	 * wraps with the context, as the pool would have been closed: the test database is
	 * dropped after it, which open connections would prevent.
	 */
	static class RecordingDataSource extends DelegatingDataSource implements AutoCloseable {

		private final StatementRecorder recorder;

		RecordingDataSource(DataSource target, StatementRecorder recorder) {
			super(target);
			this.recorder = recorder;
		}

		@Override
		public Connection getConnection() throws SQLException {
			return recorder.recording(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return recorder.recording(super.getConnection(username, password));
		}

		@Override
		public void close() throws Exception {
			if (obtainTargetDataSource() instanceof AutoCloseable pool) {
				pool.close();
			}
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class RecordStatements {

		@Bean
		static StatementRecorder statementRecorder() {
			return new StatementRecorder();
		}

	}

}
