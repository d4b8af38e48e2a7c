package com.luxestate.listings.internal;

import static com.luxestate.listings.internal.jooq.Tables.LISTING;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.luxestate.listings.internal.ListingView.ImageView;

/**
 * The image changes of {@link ListingMedia} made to the version of the listing the caller read ({@code If-Match}),
 * answering with the listing's version after the change (its ETag). The version is checked with the listing's row
 * locked, in the transaction the change then joins, so no other change can come between the check and the change.
 */
@Service
public class VersionedListingMedia {

	private final ListingMedia media;
	private final ListingManagement management;
	private final Listings listings;
	private final DSLContext sql;
	private final TransactionTemplate transactions;

	VersionedListingMedia(ListingMedia media, ListingManagement management, Listings listings, DSLContext sql,
			TransactionTemplate transactions) {
		this.media = media;
		this.management = management;
		this.listings = listings;
		this.sql = sql;
		this.transactions = transactions;
	}

	/**
	 * Adds an image. The image is processed outside any transaction and added in a transaction of
	 * {@link ListingMedia}'s own, so the version is checked before processing starts, not in that transaction.
	 *
	 * @return the image, and the listing's version after it was added, or {@code null} when another change to the
	 * listing came between (the version then describes a listing this caller has not seen)
	 */
	public UploadedImage upload(Caller caller, UUID listingId, Long expectedVersion, byte[] content, String altText) {
		long before = transactions.execute(status -> requireVersion(caller, listingId, expectedVersion).version());
		var image = media.upload(caller, listingId, content, altText);
		var after = transactions.execute(status -> listings.findById(listingId).map(Listing::version).orElse(null));
		return new UploadedImage(image, after != null && after == before + 1 ? after : null);
	}

	@Transactional
	public ListingView reorder(Caller caller, UUID listingId, Long expectedVersion, List<UUID> imageIds) {
		lockAndRequireVersion(caller, listingId, expectedVersion);
		return media.reorder(caller, listingId, imageIds);
	}

	@Transactional
	public ListingView makePrimary(Caller caller, UUID listingId, Long expectedVersion, UUID imageId) {
		lockAndRequireVersion(caller, listingId, expectedVersion);
		return media.makePrimary(caller, listingId, imageId);
	}

	/** @return the listing's version after the image was removed */
	@Transactional
	public long delete(Caller caller, UUID listingId, Long expectedVersion, UUID imageId) {
		lockAndRequireVersion(caller, listingId, expectedVersion);
		media.delete(caller, listingId, imageId);
		// Still this transaction's own version: the update holds the row until the commit.
		return listings.findById(listingId).orElseThrow(ListingProblems::notFound).version();
	}

	private void lockAndRequireVersion(Caller caller, UUID listingId, Long expectedVersion) {
		if (expectedVersion != null) {
			sql.select(LISTING.ID).from(LISTING).where(LISTING.ID.eq(listingId)).forNoKeyUpdate().fetch();
			requireVersion(caller, listingId, expectedVersion);
		}
	}

	/** Who may not change the images learns that (404, 403) before whether their version is current (412). */
	private Listing requireVersion(Caller caller, UUID listingId, Long expectedVersion) {
		var listing = management.changeableListing(caller, listingId, null);
		if (!caller.is(listing.ownerId())) {
			throw ListingProblems.forbidden("Only the listing's owner may change its images.");
		}
		if (expectedVersion != null && !expectedVersion.equals(listing.version())) {
			throw ListingProblems.stale();
		}
		return listing;
	}

	/**
	 * @param listingVersion the listing's version after the upload, {@code null} when unknown
	 */
	public record UploadedImage(ImageView image, Long listingVersion) {
	}
}
