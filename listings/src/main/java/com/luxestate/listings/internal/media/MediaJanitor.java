package com.luxestate.listings.internal.media;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.luxestate.listings.internal.ImageFilesReleased;

/**
 * Deletes the files of images that left their listing, after the change committed. The event publication registry
 * keeps the deletion until it succeeded, so a storage outage delays it rather than orphaning files.
 */
@Component
class MediaJanitor {

	private final MediaStorage storage;

	MediaJanitor(MediaStorage storage) {
		this.storage = storage;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ImageFilesReleased released) {
		released.storageKeys().stream().flatMap(prefix -> MediaKeys.allOf(prefix).stream()).forEach(storage::delete);
	}
}
