package com.luxestate.listings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.luxestate.listings.testing.TestImages;
import com.luxestate.platform.Caller;
import com.luxestate.platform.ProblemException;
import com.luxestate.platform.ProblemType;

/**
 * Writes without {@code If-Match} to one listing at the same time, as browsers send them
 * (several uploads at once): each waits for the one before, then applies its change to
 * the listing as that one left it. None is refused as stale, none undoes another, and the
 * image limit holds.
 */
@ApplicationModuleTest
class ConcurrentWritesTests {

	private final ListingManagement management;

	private final ListingMedia media;

	private final Path mediaDirectory;

	ConcurrentWritesTests(ListingManagement management, ListingMedia media,
			@Value("${luxestate.media.local.directory}") Path mediaDirectory) {
		this.management = management;
		this.media = media;
		this.mediaDirectory = mediaDirectory;
	}

	@Test
	void simultaneousUploadsAllSucceedAndEveryImageIsKept() throws Exception {
		var owner = Caller.user(UUID.randomUUID());
		var listing = new ListingFixtures(management, media).draft(owner.userId());

		var outcomes = atOnce(12,
				i -> () -> media.upload(owner, listing, null, TestImages.png(40 + i, 30), "photo " + i));

		assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(ListingMedia.UploadedImage.class));
		var images = management.find(owner, listing).images();
		assertThat(images).hasSize(12);
		assertThat(images).extracting(ListingView.ImageView::altText)
			.containsExactlyInAnyOrderElementsOf(IntStream.range(0, 12).mapToObj(i -> "photo " + i).toList());
		assertThat(images).filteredOn(ListingView.ImageView::primary).hasSize(1);
	}

	@Test
	void fortyOneSimultaneousUploadsLeaveExactlyFortyImages() throws Exception {
		var owner = Caller.user(UUID.randomUUID());
		var listing = new ListingFixtures(management, media).draft(owner.userId());

		var outcomes = atOnce(Listing.MAX_IMAGES + 1,
				i -> () -> media.upload(owner, listing, null, TestImages.png(20, 20), "photo " + i));

		assertThat(outcomes).filteredOn(ListingMedia.UploadedImage.class::isInstance).hasSize(Listing.MAX_IMAGES);
		assertThat(outcomes).filteredOn(ProblemException.class::isInstance)
			.singleElement()
			.satisfies(refusal -> assertThat(((ProblemException) refusal).type()).isEqualTo(ProblemType.CONFLICT));
		assertThat(management.find(owner, listing).images()).hasSize(Listing.MAX_IMAGES);
		try (var folders = Files.list(mediaDirectory.resolve("listings").resolve(listing.toString()))) {
			assertThat(folders).as("the refused upload's files are deleted").hasSize(Listing.MAX_IMAGES);
		}
	}

	@Test
	void simultaneousEditsWithoutIfMatchEachApplyToTheLatestVersion() throws Exception {
		var owner = Caller.user(UUID.randomUUID());
		var listing = new ListingFixtures(management, media).draft(owner.userId());
		var versionBefore = management.find(owner, listing).version();

		var outcomes = atOnce(10, i -> () -> management.revise(owner, listing, null,
				details -> new ListingDetails(details.title(), details.description() + " w" + i, details.purpose(),
						details.propertyType(), details.price(), details.address(), details.addressVisibility(),
						details.location(), details.bedrooms(), details.bathrooms(), details.livingArea(),
						details.lotArea(), details.yearBuilt(), details.features())));

		assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(ListingView.class));
		var revised = management.find(owner, listing);
		assertThat(revised.details().description().split(" ")).as("no edit undid another")
			.contains(IntStream.range(0, 10).mapToObj(i -> "w" + i).toArray(String[]::new));
		assertThat(revised.version()).isEqualTo(versionBefore + 10);
	}

	/**
	 * Runs the tasks on threads of their own, released together; each outcome is a result
	 * or what was thrown.
	 */
	private static List<Object> atOnce(int count, java.util.function.IntFunction<Callable<?>> task)
			throws InterruptedException {
		var start = new CountDownLatch(1);
		try (var threads = Executors.newFixedThreadPool(count)) {
			var futures = new ArrayList<java.util.concurrent.Future<?>>();
			for (int i = 0; i < count; i++) {
				var work = task.apply(i);
				futures.add(threads.submit(() -> {
					start.await();
					return work.call();
				}));
			}
			start.countDown();
			var outcomes = new ArrayList<Object>();
			for (var future : futures) {
				try {
					outcomes.add(future.get(2, TimeUnit.MINUTES));
				}
				catch (ExecutionException ex) {
					outcomes.add(ex.getCause());
				}
				catch (java.util.concurrent.TimeoutException ex) {
					throw new AssertionError("A write did not finish within two minutes", ex);
				}
			}
			return outcomes;
		}
	}

}
