package com.luxestate.listings.internal;

import static com.luxestate.listings.internal.jooq.Tables.LISTING;
import static com.luxestate.listings.internal.jooq.Tables.LISTING_IMAGE;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.luxestate.listings.ListingStatus;
import com.luxestate.listings.internal.ListingView.ImageView;
import com.luxestate.listings.internal.media.ImagePipeline;
import com.luxestate.listings.internal.media.MediaKeys;
import com.luxestate.listings.internal.media.MediaStorage;
import com.luxestate.platform.Caller;
import com.luxestate.platform.ProblemException;

/**
 * The images of listings. An upload is checked and processed before any transaction
 * starts (it takes a while and needs no connection), its files are stored, and only then
 * is the image added to the listing; if anything after storing fails, the stored files
 * are deleted again, so a failed upload leaves nothing behind.
 */
@Service
public class ListingMedia {

	private final ListingManagement management;

	private final ImagePipeline pipeline;

	private final MediaStorage storage;

	private final TransactionTemplate transactions;

	private final DSLContext sql;

	private final java.time.Clock clock;

	ListingMedia(ListingManagement management, ImagePipeline pipeline, MediaStorage storage,
			TransactionTemplate transactions, DSLContext sql, java.time.Clock clock) {
		this.management = management;
		this.pipeline = pipeline;
		this.storage = storage;
		this.transactions = transactions;
		this.sql = sql;
		this.clock = clock;
	}

	/** Who may be served the files of a listing's images, and so who may cache them. */
	public enum ImageAccess {

		/** Anyone, and any cache, for as long as the files exist. */
		PUBLIC,

		/**
		 * Only this caller (the owner or an admin), never a shared cache: the listing is
		 * withheld from the public.
		 */
		PRIVATE,

		/** Nobody: the answer is that there is no such file. */
		REFUSED

	}

	/**
	 * The stored files of an image and who may be served them.
	 *
	 * @param storageKey prefix of the image's stored derivatives, {@code null} when
	 * refused
	 */
	public record ImageFiles(String storageKey, ImageAccess access) {

		static final ImageFiles REFUSED = new ImageFiles(null, ImageAccess.REFUSED);

	}

	/**
	 * The files of the image a URL names
	 * ({@code /media/listings/<listing id>/<image id>/...}, see
	 * {@link MediaKeys#imagePrefix}), and whether the caller may be served them. The URL
	 * names the image, not its files: images may share files (the demo listings share a
	 * pool of pictures), so what may be seen is decided by the image's own listing, and
	 * an image that left its listing has no files to serve any more. A listing withheld
	 * from public view (taken down by a moderator, or of a suspended owner) has its image
	 * URLs out in the world (they were in public listings, search results, shared links
	 * and caches), so their being unguessable protects nothing: its files are refused,
	 * but to its owner and admins. Drafts' files are served: their URLs were never
	 * public, and the owner previews them in {@code <img>} tags, which carry no token.
	 */
	public ImageFiles imageFiles(Caller caller, UUID listingId, UUID imageId) {
		var image = sql.select(LISTING_IMAGE.STORAGE_KEY, LISTING.STATUS, LISTING.OWNER_SUSPENDED, LISTING.OWNER_ID)
			.from(LISTING_IMAGE)
			.join(LISTING)
			.on(LISTING.ID.eq(LISTING_IMAGE.LISTING_ID))
			.where(LISTING_IMAGE.IMAGE_ID.eq(imageId).and(LISTING_IMAGE.LISTING_ID.eq(listingId)))
			.fetchOne();
		if (image == null) {
			return ImageFiles.REFUSED;
		}
		var withheld = ListingStatus.valueOf(image.value2()) == ListingStatus.REMOVED || image.value3();
		if (!withheld) {
			return new ImageFiles(image.value1(), ImageAccess.PUBLIC);
		}
		return ListingManagement.manages(caller, image.value4()) ? new ImageFiles(image.value1(), ImageAccess.PRIVATE)
				: ImageFiles.REFUSED;
	}

	/**
	 * Adds an image. {@code expectedVersion} ({@code If-Match}, or {@code null}) is
	 * checked before the image is processed, to fail fast, and again in the transaction
	 * that adds it, with the listing locked.
	 */
	public UploadedImage upload(Caller caller, UUID listingId, Long expectedVersion, byte[] content, String altText) {
		// Fail fast, before the expensive part, for callers who may not add images at
		// all.
		var before = transactions.execute(status -> requireOwner(caller, listingId, expectedVersion));
		if (before.images().size() >= Listing.MAX_IMAGES) {
			throw ProblemException.conflict("A listing has at most " + Listing.MAX_IMAGES + " images.");
		}
		var processed = pipeline.process(content);
		var imageId = UUID.randomUUID();
		var prefix = MediaKeys.imagePrefix(listingId, imageId);
		storage.storeImage(prefix, processed.derivatives());
		try {
			return transactions.execute(status -> {
				TransactionSynchronizationManager.registerSynchronization(deleteOnRollback(prefix));
				var listing = requireOwner(caller, listingId, expectedVersion);
				var image = listing.addImage(imageId, altText, processed.width(), processed.height(), prefix,
						clock.instant());
				var saved = management.save(listing);
				var position = saved.images().stream().map(ListingImage::imageId).toList().indexOf(imageId);
				return new UploadedImage(ImageView.of(image, position), saved.version());
			});
		}
		catch (RuntimeException ex) {
			// Covers failures before the transaction registered its clean-up, too;
			// deleting twice is harmless.
			storage.deleteImageQuietly(prefix);
			throw ex;
		}
	}

	public ListingView reorder(Caller caller, UUID listingId, Long expectedVersion, List<UUID> imageIds) {
		return transactions.execute(status -> {
			var listing = requireOwner(caller, listingId, expectedVersion);
			listing.reorderImages(imageIds, clock.instant());
			return ListingView.of(management.save(listing), caller);
		});
	}

	public ListingView makePrimary(Caller caller, UUID listingId, Long expectedVersion, UUID imageId) {
		return transactions.execute(status -> {
			var listing = requireOwner(caller, listingId, expectedVersion);
			listing.makePrimary(imageId, clock.instant());
			return ListingView.of(management.save(listing), caller);
		});
	}

	/**
	 * Removes the image from the listing; its files are deleted once that is committed.
	 * @return the listing's version after the change (its ETag)
	 */
	public long delete(Caller caller, UUID listingId, Long expectedVersion, UUID imageId) {
		return transactions.execute(status -> {
			var listing = requireOwner(caller, listingId, expectedVersion);
			listing.removeImage(imageId, clock.instant());
			return management.save(listing).version();
		});
	}

	/**
	 * Images are the owner's business: admins moderate listings, they do not curate their
	 * photos. Who may not change the images learns that (404, 403) before whether their
	 * version is current (412). The listing stays locked until the transaction ends, so
	 * the version checked is the version changed.
	 */
	private Listing requireOwner(Caller caller, UUID listingId, Long expectedVersion) {
		var listing = management.changeableListing(caller, listingId, null);
		if (!caller.is(listing.ownerId())) {
			throw ProblemException.forbidden("Only the listing's owner may change its images.");
		}
		if (expectedVersion != null && !expectedVersion.equals(listing.version())) {
			throw ListingProblems.stale();
		}
		return listing;
	}

	/** An added image, and the listing's version after it was added (its ETag). */
	public record UploadedImage(ImageView image, long listingVersion) {
	}

	private TransactionSynchronization deleteOnRollback(String prefix) {
		return new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					storage.deleteImageQuietly(prefix);
				}
			}
		};
	}

}
