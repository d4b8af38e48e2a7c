package com.luxestate.listings.internal;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import com.luxestate.identity.UserDirectory;
import com.luxestate.listings.ListingImport;
import com.luxestate.listings.internal.media.ImagePipeline;
import com.luxestate.listings.internal.media.MediaStorage;

/**
 * Opens imports ({@link ListingImportSession}); the sessions do the work. Identity's
 * directory is looked up when an import opens, not when the module starts: the module's
 * own tests bootstrap it without identity, and only an import needs to know the owners.
 */
@Service
class ListingImportService implements ListingImport {

	private final DataSource dataSource;

	private final Clock clock;

	private final ObjectProvider<UserDirectory> directory;

	private final ImagePipeline pipeline;

	private final MediaStorage storage;

	ListingImportService(DataSource dataSource, Clock clock, ObjectProvider<UserDirectory> directory,
			ImagePipeline pipeline, MediaStorage storage) {
		this.dataSource = dataSource;
		this.clock = clock;
		this.directory = directory;
		this.pipeline = pipeline;
		this.storage = storage;
	}

	@Override
	public Session open() {
		return new ListingImportSession(dataSource, clock, directory.getObject(), pipeline, storage);
	}

}
