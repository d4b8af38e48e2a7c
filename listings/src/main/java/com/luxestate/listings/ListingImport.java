package com.luxestate.listings;

import java.util.List;

/**
 * Bulk import of listings that exist elsewhere already (another marketplace's adverts,
 * demo data), fast enough for millions: rows are written with PostgreSQL's {@code COPY},
 * tens of thousands per transaction. Not an HTTP endpoint.
 * <p>
 * An import is a {@link Session}: pictures are imported first, once each, through the
 * same image pipeline and media storage as uploads ({@link Session#importPicture}), and
 * any number of listings then show them, sharing their files; closing the session
 * refreshes the planner's statistics. Imported listings are what the owners would have
 * made through the API: the same rules apply, the same data is derived (public street and
 * location, the owner's suspension and verified-agent badge as identity knows them now),
 * and search, the search totals and the keyword index find them. No event is published
 * for them: nothing happened to announce (no saved-search alert for a listing imported as
 * published two years ago).
 */
public interface ListingImport {

	/**
	 * The most listings one {@link Session#importListings} call takes, in one
	 * transaction.
	 */
	int MAX_LISTINGS = 50_000;

	/** Starts an import; close the session when done (try-with-resources). */
	Session open();

	/**
	 * One import: its pictures, then its listings in as many calls as needed. Safe for
	 * several threads.
	 */
	interface Session extends AutoCloseable {

		/**
		 * Processes and stores a picture as an upload is (JPEG, PNG or WebP, at most 15
		 * MB and 40 megapixels, turned upright, every piece of metadata left behind,
		 * stored in all sizes whole or not at all) but once, for any number of this
		 * session's listings to show. Its files are deleted with the last image that
		 * shows it, or when the session closes if no listing of it shows it.
		 * @return what listings of this session refer to the picture by; it means nothing
		 * to another session
		 * @throws com.luxestate.platform.ProblemException 413 or 415 as for an upload
		 */
		PictureRef importPicture(byte[] content);

		/**
		 * Adds the listings, all or none: checked first, then written in one transaction,
		 * so a refused import changes nothing. Accepted is what the API accepts of an
		 * owner (see {@link NewListing} and docs/listings.md): the owner is an account
		 * identity knows that may write listings and is not deleted; the status is any
		 * but {@link ListingStatus#REMOVED}, {@code SOLD} only for sale and
		 * {@code RENTED} only for rent; a listing beyond a draft is complete enough to
		 * publish and has an image; the details meet the listing form's limits and the
		 * domain's rules (ISO codes, a positive price, a living area for buildings,
		 * coordinates on the earth, features from the vocabulary or a few free ones); it
		 * was created and published (a draft never) in that order and not in the future;
		 * and its images are at most 40 pictures of this session, the first the primary.
		 * Anything else is a validation problem naming the listing by its index
		 * ({@code listings[12].price}) for the first 100 offending fields.
		 * @param listings at most {@link #MAX_LISTINGS}
		 * @return how many listings were added
		 */
		int importListings(List<NewListing> listings);

		/**
		 * Ends the import: deletes the files of pictures no listing shows, and refreshes
		 * the planner's statistics and the visibility map that index-only scans rely on
		 * (autovacuum would, but only a while after a bulk load).
		 */
		@Override
		void close();

	}

}
