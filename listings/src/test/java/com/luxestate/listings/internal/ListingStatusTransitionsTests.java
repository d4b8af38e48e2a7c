package com.luxestate.listings.internal;

import static com.luxestate.listings.ListingStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.luxestate.listings.AddressVisibility;
import com.luxestate.listings.GeoPoint;
import com.luxestate.listings.ListingStatus;
import com.luxestate.listings.Money;
import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;
import com.luxestate.platform.ProblemException;

/**
 * Every status change a listing may be asked for, from every status it can be in, for
 * sale and for rent: the graph of the API contract (docs/api.md) and nothing else.
 * Changes outside it are 409 and leave the listing as it was.
 */
class ListingStatusTransitionsTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

	/**
	 * The contract's graph, written out here rather than read from the code:
	 * {@code DRAFT → ACTIVE → PENDING → SOLD} (sale) or {@code RENTED} (rent),
	 * {@code ACTIVE ↔ OFF_MARKET}. {@code PENDING → ACTIVE} is not in it
	 * (docs/listings.md); {@code REMOVED} is reached by deleting, not by a status change.
	 */
	private static final Map<ListingStatus, Set<ListingStatus>> CONTRACT = Map.of(DRAFT, Set.of(ACTIVE), ACTIVE,
			Set.of(PENDING, OFF_MARKET), PENDING, Set.of(SOLD, RENTED), OFF_MARKET, Set.of(ACTIVE), SOLD, Set.of(),
			RENTED, Set.of(), REMOVED, Set.of());

	/** How a listing gets into each status along the graph itself. */
	private static final Map<ListingStatus, List<ListingStatus>> PATHS = Map.of(DRAFT, List.of(), ACTIVE,
			List.of(ACTIVE), PENDING, List.of(ACTIVE, PENDING), SOLD, List.of(ACTIVE, PENDING, SOLD), RENTED,
			List.of(ACTIVE, PENDING, RENTED), OFF_MARKET, List.of(ACTIVE, OFF_MARKET), REMOVED, List.of());

	static Stream<Arguments> everyRequest() {
		return Arrays.stream(Purpose.values())
			.flatMap(purpose -> Arrays.stream(ListingStatus.values())
				.filter(from -> reachable(from, purpose))
				.flatMap(from -> Arrays.stream(ListingStatus.values()).map(to -> Arguments.of(purpose, from, to))));
	}

	@ParameterizedTest(name = "{0}: {1} → {2}")
	@MethodSource("everyRequest")
	void aListingMovesAlongTheContractsGraphOnly(Purpose purpose, ListingStatus from, ListingStatus to) {
		var listing = listingIn(from, purpose);
		var before = listing.status();

		var refused = catchThrowableOfType(ProblemException.class, () -> listing.changeStatus(to, NOW));

		if (allowed(from, to, purpose)) {
			assertThat(refused).isNull();
			assertThat(listing.status()).isEqualTo(to);
		}
		else {
			assertThat(refused).as("%s → %s for %s", from, to, purpose).isNotNull();
			assertThat(refused.status()).isEqualTo(409);
			assertThat(listing.status()).isEqualTo(before);
		}
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(ListingStatus.class)
	void anyListingIsRemovedByDeletingIt(ListingStatus from) {
		var purpose = from == RENTED ? Purpose.RENT : Purpose.SALE;
		var listing = listingIn(from, purpose);

		var changed = listing.remove(NOW);

		assertThat(changed).as("a change, unless it was removed already").isEqualTo(from != REMOVED);
		assertThat(listing.status()).isEqualTo(REMOVED);
	}

	private static boolean allowed(ListingStatus from, ListingStatus to, Purpose purpose) {
		return CONTRACT.get(from).contains(to) && !(to == SOLD && purpose != Purpose.SALE)
				&& !(to == RENTED && purpose != Purpose.RENT);
	}

	private static boolean reachable(ListingStatus status, Purpose purpose) {
		return !(status == SOLD && purpose != Purpose.SALE) && !(status == RENTED && purpose != Purpose.RENT);
	}

	/**
	 * A complete listing with an image (so that it may be published), brought into the
	 * status along the graph.
	 */
	private static Listing listingIn(ListingStatus status, Purpose purpose) {
		var listing = Listing.draft(UUID.randomUUID(), UUID.randomUUID(), details(purpose), OwnerStanding.GOOD, NOW);
		listing.addImage(UUID.randomUUID(), "Front", 64, 48, "listings/a/b", NOW);
		PATHS.get(status).forEach(step -> listing.changeStatus(step, NOW));
		if (status == REMOVED) {
			listing.remove(NOW);
		}
		assertThat(listing.status()).isEqualTo(status);
		return listing;
	}

	private static ListingDetails details(Purpose purpose) {
		return new ListingDetails("Bright flat by the river", "Sunny rooms and a quiet street.", purpose,
				PropertyType.APARTMENT, Money.of(purpose == Purpose.SALE ? "450000" : "1500", "EUR"),
				new Address("Rua da Prata 12", "Lisbon", "Lisboa", "1100-148", "PT"), AddressVisibility.FULL,
				new GeoPoint(38.7106, -9.1365), 2, new BigDecimal("1.5"), new BigDecimal("85"), null, 1910,
				List.of("balcony"));
	}

}
