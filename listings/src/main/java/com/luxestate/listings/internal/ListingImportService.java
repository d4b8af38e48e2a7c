package com.luxestate.listings.internal;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.stereotype.Service;

import com.luxestate.identity.UserDirectory;
import com.luxestate.listings.ListingImport;
import com.luxestate.listings.internal.media.ImagePipeline;
import com.luxestate.listings.internal.media.MediaStorage;

/** Opens imports ({@link ListingImportSession}); the sessions do the work. */
@Service
class ListingImportService implements ListingImport {

	private final DataSource dataSource;
	private final Clock clock;
	private final UserDirectory directory;
	private final ImagePipeline pipeline;
	private final MediaStorage storage;

	ListingImportService(DataSource dataSource, Clock clock, UserDirectory directory, ImagePipeline pipeline,
			MediaStorage storage) {
		this.dataSource = dataSource;
		this.clock = clock;
		this.directory = directory;
		this.pipeline = pipeline;
		this.storage = storage;
	}

	@Override
	public Session open() {
		return new ListingImportSession(dataSource, clock, directory, pipeline, storage);
	}
}
