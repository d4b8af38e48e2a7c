package com.luxestate.listings.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.luxestate.identity.Permission;
import com.luxestate.listings.ListingStatus;
import com.luxestate.platform.Caller;
import com.luxestate.platform.ProblemException;
import com.luxestate.platform.UuidV7;

/**
 * What owners, agents and admins do with listings. Every method decides here, not in the
 * controller, whether the caller may see or change the listing: others' drafts do not
 * exist for them (404), others' public listings cannot be changed (403).
 */
@Service
@Transactional
public class ListingManagement {

	private final Listings listings;

	private final OwnerStandings owners;

	private final PriceHistory priceHistory;

	private final ListingRules rules;

	private final Clock clock;

	ListingManagement(Listings listings, OwnerStandings owners, PriceHistory priceHistory, Clock clock) {
		this.listings = listings;
		this.owners = owners;
		this.priceHistory = priceHistory;
		this.clock = clock;
		this.rules = new ListingRules(clock);
	}

	public ListingView create(Caller caller, ListingDetails details) {
		requireSignedIn(caller);
		requireValid(details);
		var now = clock.instant();
		var listing = Listing.draft(UuidV7.next(clock), caller.userId(), details, owners.of(caller.userId()), now);
		var saved = listings.save(listing);
		priceHistory.record(saved.id(), saved.price(), now);
		return ListingView.of(saved, caller);
	}

	@Transactional(readOnly = true)
	public ListingView find(Caller caller, UUID listingId) {
		return ListingView.of(visibleListing(caller, listingId), caller);
	}

	/**
	 * Applies a change to the listing's details, computed by {@code change} from the
	 * current details (a JSON merge patch, in the web layer).
	 * @param expectedVersion the version the caller read ({@code If-Match}), or
	 * {@code null} to skip the check
	 */
	public ListingView revise(Caller caller, UUID listingId, Long expectedVersion,
			UnaryOperator<ListingDetails> change) {
		var listing = changeableListing(caller, listingId, expectedVersion);
		var previousPrice = listing.price();
		var details = change.apply(listing.details());
		requireValid(details);
		var now = clock.instant();
		listing.revise(details, now);
		var saved = save(listing);
		if (!saved.price().isSameAs(previousPrice)) {
			priceHistory.record(saved.id(), saved.price(), now);
		}
		return ListingView.of(saved, caller);
	}

	public ListingView changeStatus(Caller caller, UUID listingId, Long expectedVersion, ListingStatus status) {
		var listing = changeableListing(caller, listingId, expectedVersion);
		listing.changeStatus(status, clock.instant());
		return ListingView.of(save(listing), caller);
	}

	/** Marks the listing removed; its image files are deleted once that is committed. */
	public void delete(Caller caller, UUID listingId, Long expectedVersion) {
		var listing = changeableListing(caller, listingId, expectedVersion);
		listing.remove(clock.instant());
		listing.releaseImages();
		save(listing);
	}

	@Transactional(readOnly = true)
	public List<PricePoint> priceHistory(Caller caller, UUID listingId) {
		return priceHistory.of(visibleListing(caller, listingId).id());
	}

	public Listing visibleListing(Caller caller, UUID listingId) {
		return listings.findById(listingId)
			.filter(listing -> isVisibleTo(listing, caller))
			.orElseThrow(ListingProblems::notFound);
	}

	/**
	 * The listing to change, locked until the transaction ends (see {@link Listings}): a
	 * concurrent writer waits, then changes the listing as this one left it. Only
	 * {@code expectedVersion} ({@code If-Match}) can make it stale.
	 */
	public Listing changeableListing(Caller caller, UUID listingId, Long expectedVersion) {
		requireSignedIn(caller);
		var listing = listings.findLockedById(listingId)
			.filter(candidate -> isVisibleTo(candidate, caller))
			.orElseThrow(ListingProblems::notFound);
		if (!manages(caller, listing.ownerId())) {
			throw ProblemException.forbidden("Only the listing's owner may change it.");
		}
		if (expectedVersion != null && !expectedVersion.equals(listing.version())) {
			throw ListingProblems.stale();
		}
		return listing;
	}

	/**
	 * Saves a listing read by {@link #changeableListing}, whose lock keeps its version
	 * current.
	 */
	public Listing save(Listing listing) {
		return listings.save(listing);
	}

	private static boolean isVisibleTo(Listing listing, Caller caller) {
		return listing.isPubliclyVisible() || manages(caller, listing.ownerId());
	}

	private void requireValid(ListingDetails details) {
		var problems = rules.check(details);
		if (!problems.isEmpty()) {
			throw ListingProblems.invalid(problems);
		}
	}

	/**
	 * Whether the caller sees and changes the listing as it is: its owner, or an admin
	 * who moderates listings.
	 */
	static boolean manages(Caller caller, UUID ownerId) {
		return caller.is(ownerId) || caller.has(Permission.LISTINGS_MODERATE.authority());
	}

	static void requireSignedIn(Caller caller) {
		if (caller.isAnonymous()) {
			throw ProblemException.forbidden("Sign in to manage listings.");
		}
	}

}
