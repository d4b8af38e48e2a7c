package com.luxestate.listings.internal.media;

import static com.luxestate.platform.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.luxestate.listings.testing.TestImages;
import com.luxestate.platform.ProblemType;

/**
 * Uploads are judged by their content and their header, and leave every piece of metadata
 * behind.
 */
class ImagePipelineTests {

	private final ImagePipeline pipeline = new ImagePipeline();

	@Test
	void recognisesImagesByTheirContent() {
		assertThat(pipeline.process(TestImages.png(50, 40)).format()).isEqualTo(ImageFormat.PNG);
		assertThat(pipeline.process(TestImages.jpeg(50, 40)).format()).isEqualTo(ImageFormat.JPEG);
		assertThat(pipeline.process(TestImages.webp()).format()).isEqualTo(ImageFormat.WEBP);
	}

	@Test
	void refusesWhatIsNotAnImage() {
		assertProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
				() -> pipeline.process("<html>not a picture</html>".getBytes(StandardCharsets.UTF_8)));
		var truncatedJpeg = java.util.Arrays.copyOf(TestImages.jpeg(200, 100), 40);
		assertProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, () -> pipeline.process(truncatedJpeg));
	}

	@Test
	void refusesADecompressionBombFromItsHeader() {
		var bomb = TestImages.pngClaiming(50_000, 50_000);
		assertThat(bomb.length).isLessThan(100);

		assertProblem(ProblemType.PAYLOAD_TOO_LARGE, () -> pipeline.process(bomb));
	}

	@Test
	void refusesAWebpWhoseFrameIsNotItsCanvasOrThatIsAnimated() {
		var hugeFrameInASmallCanvas = TestImages.webpDeclaring(100, 100, 16_383, 16_383, false);
		assertThat(hugeFrameInASmallCanvas.length).isLessThan(100);

		assertThat(assertProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, () -> pipeline.process(hugeFrameInASmallCanvas))
			.detail()).contains("16383 × 16383");
		assertThat(assertProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
				() -> pipeline.process(TestImages.webpDeclaring(100, 100, 100, 100, true)))
			.detail()).contains("Animated");
		// An extended WebP whose frame is its canvas is read as before.
		assertThat(pipeline.process(TestImages.withExifOrientation(TestImages.webp(40, 20), 1)).width()).isEqualTo(40);
	}

	@Test
	void refusesDimensionsNoDerivativeCanHaveBeforeDecoding() {
		var needle = TestImages.greyPng(1, 40_000_000);
		assertThat(needle.length).as("a valid image within the megapixel limit, a few KB").isLessThan(200_000);
		var ribbon = TestImages.pngClaiming(40_000_000, 1);

		assertProblem(ProblemType.UNPROCESSABLE, () -> pipeline.process(needle));
		assertProblem(ProblemType.UNPROCESSABLE, () -> pipeline.process(ribbon));
		assertThat(pipeline.process(TestImages.greyPng(1, 60_000)).height()).as("tall, yet it fits").isEqualTo(60_000);
	}

	@Test
	void refusesFilesOverFifteenMegabytes() {
		var oversized = java.util.Arrays.copyOf(TestImages.png(10, 10), (int) ImagePipeline.MAX_BYTES + 1);

		assertProblem(ProblemType.PAYLOAD_TOO_LARGE, () -> pipeline.process(oversized));
	}

	@Test
	void storesThreeWidthsWithoutUpscaling() throws IOException {
		var large = pipeline.process(TestImages.png(3000, 1500));
		var small = pipeline.process(TestImages.png(500, 250));

		assertThat(widthOf(large.derivatives().get(ImageDerivative.THUMBNAIL))).isEqualTo(320);
		assertThat(widthOf(large.derivatives().get(ImageDerivative.MEDIUM))).isEqualTo(1024);
		assertThat(widthOf(large.derivatives().get(ImageDerivative.LARGE))).isEqualTo(2048);
		assertThat(large.width()).isEqualTo(2048);
		assertThat(large.height()).isEqualTo(1024);
		assertThat(widthOf(small.derivatives().get(ImageDerivative.LARGE))).isEqualTo(500);
	}

	@Test
	void dropsExifGpsAndAppliesTheOrientation() throws IOException {
		// Sensor landscape 400 × 200, held upright (orientation 6: turn 90° clockwise to
		// view).
		var photo = TestImages.jpegWithGpsAndOrientation(400, 200, 38.7106, -9.1365, 6);
		assertThat(TestImages.hasExif(photo)).isTrue();

		var processed = pipeline.process(photo);

		for (var derivative : processed.derivatives().values()) {
			assertThat(TestImages.hasExif(derivative)).isFalse();
			var image = read(derivative);
			assertThat(image.getHeight()).isGreaterThan(image.getWidth());
			// Left (red) half of the sensor image is at the top once turned clockwise.
			assertThat(new java.awt.Color(image.getRGB(image.getWidth() / 2, 2)).getRed()).isGreaterThan(200);
		}
	}

	@Test
	void appliesTheExifOrientationOfPngAndWebpToo() throws IOException {
		var webp = TestImages.webp(400, 200);
		assertThat(read(webp).getWidth()).as("the test WebP is what it seems").isEqualTo(400);
		assertThat(new java.awt.Color(read(webp).getRGB(10, 100)).getRed()).isGreaterThan(200);

		for (var photo : java.util.List.of(TestImages.withExifOrientation(TestImages.png(400, 200), 6),
				TestImages.withExifOrientation(webp, 6))) {
			var processed = pipeline.process(photo);

			var image = read(processed.derivatives().get(ImageDerivative.LARGE));
			assertThat(image.getHeight()).as(processed.format().name()).isGreaterThan(image.getWidth());
			assertThat(new java.awt.Color(image.getRGB(image.getWidth() / 2, 2)).getRed()).isGreaterThan(200);
			assertThat(processed.height()).isEqualTo(400);
		}
	}

	@Test
	void ignoresBrokenExifInsteadOfRefusingTheImage() {
		var png = TestImages.withExifOrientation(TestImages.png(400, 200), 6);
		png[33 + 8 + 4] = 0x7F; // the eXIf chunk's first directory is 2 GB away
		var webp = TestImages.withExifOrientation(TestImages.webp(400, 200), 6);
		java.nio.ByteBuffer.wrap(webp)
			.order(java.nio.ByteOrder.LITTLE_ENDIAN)
			.putInt(webp.length - 26 - 4, Integer.MAX_VALUE); // an EXIF chunk claiming 2
																// GB

		assertThat(pipeline.process(png).width()).isEqualTo(400);
		assertThat(pipeline.process(webp).width()).isEqualTo(400);
	}

	private static int widthOf(byte[] image) throws IOException {
		return read(image).getWidth();
	}

	private static BufferedImage read(byte[] image) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(image));
	}

}
