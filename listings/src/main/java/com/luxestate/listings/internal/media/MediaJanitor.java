package com.luxestate.listings.internal.media;

import static com.luxestate.listings.internal.jooq.Tables.LISTING_IMAGE;

import java.util.HashSet;

import org.jooq.DSLContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.luxestate.listings.internal.ImageFilesReleased;

/**
 * Deletes the files of images that left their listing, after the change committed, unless
 * another image row still refers to them: image rows may share files (the demo listings
 * share a small pool of pictures), and a file goes with the last row that refers to it.
 * The check runs after the commit, so whichever of two rows sharing a file is released
 * last sees the other gone and deletes the file. The event publication registry keeps the
 * deletion until it succeeded, so a storage outage delays it rather than orphaning files.
 */
@Component
class MediaJanitor {

	private final MediaStorage storage;

	private final DSLContext sql;

	MediaJanitor(MediaStorage storage, DSLContext sql) {
		this.storage = storage;
		this.sql = sql;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ImageFilesReleased released) {
		var unreferenced = new HashSet<>(released.storageKeys());
		unreferenced.removeAll(sql.selectDistinct(LISTING_IMAGE.STORAGE_KEY)
			.from(LISTING_IMAGE)
			.where(LISTING_IMAGE.STORAGE_KEY.in(released.storageKeys()))
			.fetch(LISTING_IMAGE.STORAGE_KEY));
		unreferenced.stream().flatMap(prefix -> MediaKeys.allOf(prefix).stream()).forEach(storage::delete);
	}

}
