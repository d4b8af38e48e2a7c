package com.luxestate.app.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import com.luxestate.identity.AccountStatus;
import com.luxestate.identity.ImportedAccount;
import com.luxestate.identity.Role;
import com.luxestate.listings.AddressVisibility;
import com.luxestate.listings.GeoPoint;
import com.luxestate.listings.ListingStatus;
import com.luxestate.listings.Money;
import com.luxestate.listings.NewListing;
import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;

/**
 * What a demo listing is: around a real city, priced per city, type and size, written in
 * the vocabulary of real adverts, owned by a demo owner or (mostly) agent, and shown by a
 * picture unless it is a draft.
 */
final class DemoListings {

	private final Owners owners;

	private final DemoImages images;

	DemoListings(List<ImportedAccount> accounts, DemoImages images) {
		this.owners = Owners.of(accounts);
		this.images = images;
	}

	int ownerCount() {
		return owners.owners().size();
	}

	int agentCount() {
		return owners.agents().size();
	}

	/**
	 * The accounts listings may have: owners, and agents, who have most listings. An
	 * account an admin has made something else since (a buyer, an admin), or that was
	 * deleted, owns no new ones.
	 */
	private record Owners(List<UUID> owners, List<UUID> agents) {

		static Owners of(List<ImportedAccount> accounts) {
			var owners = new Owners(ids(accounts, Role.OWNER), ids(accounts, Role.AGENT));
			if (owners.owners().isEmpty() && owners.agents().isEmpty()) {
				throw new IllegalStateException("No demo account is an owner or an agent any more");
			}
			return owners;
		}

		private static List<UUID> ids(List<ImportedAccount> accounts, Role role) {
			return accounts.stream()
				.filter(account -> account.role() == role)
				.filter(account -> account.status() != AccountStatus.DELETED)
				.map(ImportedAccount::id)
				.toList();
		}

		UUID pick(SplittableRandom random) {
			var from = agents.isEmpty() || !owners.isEmpty() && random.nextInt(100) < 15 ? owners : agents;
			return from.get(random.nextInt(from.size()));
		}
	}

	NewListing next(SplittableRandom random, Instant now) {
		var owner = owners.pick(random);
		var city = DemoCity.ALL.get(random.nextInt(DemoCity.ALL.size()));
		var purpose = random.nextInt(100) < 70 ? Purpose.SALE : Purpose.RENT;
		var type = DemoText.TYPES.get(random.nextInt(DemoText.TYPES.size()));
		var land = type == PropertyType.LAND;
		var area = DemoText.area(type, random);
		var bedrooms = land || type == PropertyType.COMMERCIAL ? null
				: type == PropertyType.STUDIO ? 0 : Math.max(1, (int) Math.round(area / 35 + random.nextInt(-1, 2)));
		var bathrooms = bedrooms == null ? null
				: BigDecimal.valueOf(Math.max(1, Math.round((bedrooms / 1.6 + random.nextDouble(0, 1)) * 2)) / 2.0);
		var perSquareMetre = purpose == Purpose.SALE ? city.salePerSquareMetre() : city.rentPerSquareMetre();
		var rawPrice = area * perSquareMetre * DemoText.typeFactor(type) * random.nextDouble(0.65, 1.45);
		var price = BigDecimal.valueOf(rawPrice)
			.setScale(purpose == Purpose.SALE ? -3 : -1, RoundingMode.HALF_UP)
			.max(BigDecimal.valueOf(purpose == Purpose.SALE ? 10_000 : 100))
			.setScale(2);
		// Most listings lie within ~8 km of the centre, a few in the suburbs.
		var spread = random.nextInt(10) == 0 ? 0.25 : 0.07;
		var location = new GeoPoint(city.lat() + random.nextDouble(-spread, spread),
				city.lon() + random.nextDouble(-spread, spread) * 1.3);
		var visibility = random.nextInt(100) < 80 ? AddressVisibility.FULL
				: random.nextInt(100) < 75 ? AddressVisibility.STREET : AddressVisibility.HIDDEN;
		var address = new NewListing.Address(DemoText.street(city, random), city.name(), city.region(),
				DemoText.postalCode(city, random), city.country());
		var features = DemoText.features(type, random);
		var status = status(purpose, random);
		var publishedAt = now.minus(Duration.ofMinutes(random.nextLong(1, 2 * 365 * 24 * 60)));
		var createdAt = publishedAt.minus(Duration.ofHours(random.nextLong(1, 24 * 14)));
		var published = status != ListingStatus.DRAFT;
		var title = DemoText.title(type, purpose, bedrooms, features, city, random);
		var description = DemoText.description(type, purpose, area, features, city, random);
		var livingArea = land ? null : BigDecimal.valueOf(area).setScale(2, RoundingMode.HALF_UP);
		var lotArea = land || type == PropertyType.HOUSE || type == PropertyType.VILLA
				? BigDecimal.valueOf(land ? area : area * random.nextDouble(1.5, 6)).setScale(2, RoundingMode.HALF_UP)
				: null;
		var yearBuilt = land ? null : random.nextInt(1850, 2027);
		// A public listing has at least one image, and a listing that was ever published
		// was public.
		var image = published ? List.of(images.pick(type, random).image()) : List.<NewListing.Image>of();
		return new NewListing(owner, status, title, description, purpose, type, new Money(price, city.currency()),
				address, visibility, location, bedrooms, bathrooms, livingArea, lotArea, yearBuilt, features, createdAt,
				published ? publishedAt : null, image);
	}

	/**
	 * A property let is rented, not sold: the status graph has an end for each purpose.
	 */
	private static ListingStatus status(Purpose purpose, SplittableRandom random) {
		var roll = random.nextInt(100);
		var done = purpose == Purpose.SALE ? ListingStatus.SOLD : ListingStatus.RENTED;
		return roll < 85 ? ListingStatus.ACTIVE : roll < 90 ? ListingStatus.PENDING
				: roll < 94 ? done : roll < 97 ? ListingStatus.OFF_MARKET : ListingStatus.DRAFT;
	}

}
