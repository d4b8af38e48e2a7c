package com.luxestate.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.luxestate.identity.AccountImport;
import com.luxestate.identity.AccountStatus;
import com.luxestate.identity.ImportedAccount;
import com.luxestate.identity.NewAccount;
import com.luxestate.identity.Role;
import com.luxestate.listings.ListingImport;
import com.luxestate.listings.ListingStatus;
import com.luxestate.listings.NewListing;
import com.luxestate.listings.PictureRef;
import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;

/**
 * What the generator decides, without a database: the modules' import APIs are stood in
 * for by recorders here; that the real ones accept what it makes, and what comes of it,
 * the end-to-end {@code DemoDataTests} show.
 */
class DemoDataGeneratorTests {

	private final Recorder recorder = new Recorder();

	private final DemoData data = new DemoData(recorder, recorder, Clock.systemUTC());

	@Test
	void threeInFiveAccountsAreOwnersAndEightInTenAgentsVerified() {
		var accounts = DemoAccounts.first(30, Instant.now());

		assertThat(accounts).extracting(NewAccount::email)
			.startsWith("owner-000001@demo.luxestate.dev")
			.contains("agent-000001@demo.luxestate.dev", "owner-000018@demo.luxestate.dev",
					"agent-000012@demo.luxestate.dev")
			.doesNotContain("owner-000019@demo.luxestate.dev", "agent-000013@demo.luxestate.dev");
		assertThat(accounts).filteredOn(account -> account.role() == Role.OWNER)
			.hasSize(18)
			.allSatisfy(owner -> assertThat(owner.agentProfile()).isNull());
		var agents = accounts.stream()
			.filter(account -> account.role() == Role.AGENT)
			.collect(Collectors.toMap(NewAccount::email, Function.identity()));
		assertThat(agents).hasSize(12);
		assertThat(agents.values())
			.filteredOn(agent -> agent.agentProfile() != null && agent.agentProfile().verifiedAt() != null)
			.hasSize(10);
		assertThat(agents.get("agent-000009@demo.luxestate.dev").agentProfile().verifiedAt()).isNull();
		assertThat(agents.get("agent-000010@demo.luxestate.dev").agentProfile()).isNull();
		assertThat(DemoAccounts.first(30, Instant.now())).as("the same people on every run")
			.extracting(NewAccount::firstName, NewAccount::lastName)
			.isEqualTo(accounts.stream().map(account -> tuple(account.firstName(), account.lastName())).toList());
	}

	@Test
	void listingsAroundRealCitiesMostlyActiveAndOfAgentsAndEveryPublishedOneShowsAFittingPicture() {
		data.load(60_000, 7);

		assertThat(recorder.batches).as("in batches the import takes").containsExactly(50_000, 10_000);
		assertThat(recorder.accountsAskedFor).isEqualTo(60_000 / 25);
		assertThat(recorder.closed).isTrue();
		var listings = recorder.listings;
		assertThat(listings.stream().map(listing -> listing.address().city()).distinct()).hasSizeGreaterThan(35);
		assertThat(share(listings, listing -> listing.status() == ListingStatus.ACTIVE)).isBetween(0.83, 0.87);
		assertThat(listings).extracting(NewListing::status)
			.contains(ListingStatus.PENDING, ListingStatus.SOLD, ListingStatus.RENTED, ListingStatus.OFF_MARKET,
					ListingStatus.DRAFT)
			.doesNotContain(ListingStatus.REMOVED);
		// The first generator sold flats to let: the import refuses that, as the API
		// does.
		assertThat(listings).filteredOn(listing -> listing.status() == ListingStatus.SOLD)
			.allSatisfy(listing -> assertThat(listing.purpose()).isEqualTo(Purpose.SALE));
		assertThat(listings).filteredOn(listing -> listing.status() == ListingStatus.RENTED)
			.allSatisfy(listing -> assertThat(listing.purpose()).isEqualTo(Purpose.RENT));
		assertThat(share(listings, listing -> recorder.agents.contains(listing.ownerId()))).isBetween(0.8, 0.9);
		assertThat(listings).allSatisfy(listing -> assertThat(recorder.owners).contains(listing.ownerId()));
		assertThat(listings).allSatisfy(listing -> {
			if (listing.status() == ListingStatus.DRAFT) {
				assertThat(listing.images()).isEmpty();
				assertThat(listing.publishedAt()).isNull();
			}
			else {
				assertThat(listing.images()).singleElement().satisfies(image -> {
					assertThat(recorder.pictures).contains(image.picture());
					assertThat(image.altText()).isNotBlank();
				});
				assertThat(listing.createdAt()).isBefore(listing.publishedAt());
			}
			if (listing.propertyType() == PropertyType.LAND) {
				assertThat(listing.lotArea()).isNotNull();
				assertThat(listing.images())
					.allSatisfy(image -> assertThat(image.altText()).containsIgnoringCase("plot"));
			}
		});
		assertThat(recorder.pictures).hasSize(DemoPictures.Kind.values().length * DemoImages.PER_KIND);
	}

	@Test
	void accountsAnAdminMadeSomethingElseOrDeletedOwnNoNewListings() {
		recorder.demoted = true;

		data.load(2_500, 3);

		assertThat(recorder.listings).extracting(NewListing::ownerId).doesNotContainAnyElementsOf(recorder.others);
	}

	private static double share(List<NewListing> listings, Predicate<NewListing> which) {
		return listings.stream().filter(which).count() / (double) listings.size();
	}

	/**
	 * Stands in for identity's and listings' import APIs, and remembers what they were
	 * asked.
	 */
	private static final class Recorder implements AccountImport, ListingImport, ListingImport.Session {

		final List<NewListing> listings = new ArrayList<>();

		final List<Integer> batches = new ArrayList<>();

		final Set<PictureRef> pictures = ConcurrentHashMap.newKeySet();

		/** Owners and agents, who may have listings. */
		final Set<UUID> owners = new HashSet<>();

		final Set<UUID> agents = new HashSet<>();

		final Set<UUID> others = new HashSet<>();

		int accountsAskedFor;

		boolean closed;

		/**
		 * Whether every tenth account was made a buyer, and every tenth but one deleted,
		 * since it was imported.
		 */
		boolean demoted;

		@Override
		public List<ImportedAccount> importAccounts(List<NewAccount> accounts, String password) {
			assertThat(password).isEqualTo(DemoAccounts.PASSWORD);
			accountsAskedFor += accounts.size();
			var imported = new ArrayList<ImportedAccount>();
			for (int i = 0; i < accounts.size(); i++) {
				var account = accounts.get(i);
				var role = demoted && i % 10 == 0 ? Role.BUYER : account.role();
				var status = demoted && i % 10 == 1 ? AccountStatus.DELETED : AccountStatus.ACTIVE;
				var id = UUID.randomUUID();
				if (role == Role.BUYER || status == AccountStatus.DELETED) {
					others.add(id);
				}
				else {
					owners.add(id);
					if (role == Role.AGENT) {
						agents.add(id);
					}
				}
				imported.add(new ImportedAccount(id, account.email(), role, status, false));
			}
			return imported;
		}

		@Override
		public Session open() {
			return this;
		}

		@Override
		public PictureRef importPicture(byte[] content) {
			var picture = new PictureRef(UUID.randomUUID(), DemoPictures.WIDTH, DemoPictures.HEIGHT);
			pictures.add(picture);
			return picture;
		}

		@Override
		public int importListings(List<NewListing> batch) {
			batches.add(batch.size());
			listings.addAll(batch);
			return batch.size();
		}

		@Override
		public void close() {
			closed = true;
		}

	}

}
