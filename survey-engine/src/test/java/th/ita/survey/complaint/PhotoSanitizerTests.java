package th.ita.survey.complaint;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import th.ita.survey.complaint.PhotoSanitizer.UnreadablePhoto.Why;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotoSanitizerTests {

	@Test
	void dropsExifWithGpsAndCameraMake() throws Exception {
		byte[] original = TestJpegs.withExif(TestJpegs.plain(64, 48), 1);
		// the test photo really carries what must go
		assertThat(TestJpegs.contains(original, "Exif")).isTrue();
		assertThat(TestJpegs.contains(original, TestJpegs.LATITUDE)).isTrue();
		assertThat(TestJpegs.contains(original, TestJpegs.MAKE)).isTrue();

		PhotoSanitizer.Cleaned cleaned = PhotoSanitizer.clean(original);

		assertThat(TestJpegs.contains(cleaned.jpeg(), "Exif")).isFalse();
		assertThat(TestJpegs.contains(cleaned.jpeg(), TestJpegs.LATITUDE)).isFalse();
		assertThat(TestJpegs.contains(cleaned.jpeg(), TestJpegs.MAKE)).isFalse();
		assertThat(hasSegment(cleaned.jpeg(), 0xE1)).as("no APP1 segment at all").isFalse();
		BufferedImage back = read(cleaned.jpeg());
		assertThat(back.getWidth()).isEqualTo(64);
		assertThat(back.getHeight()).isEqualTo(48);
	}

	@Test
	void appliesTheOrientationBeforeDroppingIt() throws Exception {
		// stored 40 × 20, left half red; orientation 6 means "turn 90° clockwise to view"
		byte[] original = TestJpegs.withExif(TestJpegs.plain(40, 20), 6);
		BufferedImage upright = read(PhotoSanitizer.clean(original).jpeg());
		assertThat(upright.getWidth()).isEqualTo(20);
		assertThat(upright.getHeight()).isEqualTo(40);
		assertThat(isRed(upright.getRGB(10, 5))).as("top is the former left: red").isTrue();
		assertThat(isRed(upright.getRGB(10, 35))).as("bottom is the former right: blue").isFalse();
	}

	@Test
	void decodesBigPhotosSubsampledWithinThePixelBudget() throws Exception {
		// 4.5 megapixels: every second pixel of every second row is decoded (1.1 megapixels)
		BufferedImage big = read(PhotoSanitizer.clean(TestJpegs.plain(3000, 1500)).jpeg());
		assertThat(big.getWidth()).isEqualTo(1500);
		assertThat(big.getHeight()).isEqualTo(750);
		assertThat(PhotoSanitizer.subsampling(4000, 3000, 4_000_000)).isEqualTo(2);
		assertThat(PhotoSanitizer.subsampling(12_000, 5_000, 4_000_000)).isEqualTo(4);
		assertThat(PhotoSanitizer.subsampling(2000, 2000, 4_000_000)).isEqualTo(1);
	}

	@Test
	void scalesLongPhotosDown() throws Exception {
		BufferedImage wide = read(PhotoSanitizer.clean(TestJpegs.plain(6000, 1000)).jpeg());
		assertThat(wide.getWidth()).isEqualTo(PhotoSanitizer.MAX_SIDE);
		assertThat(wide.getHeight()).isEqualTo(427);
	}

	@Test
	void readsPng() throws Exception {
		BufferedImage img = new BufferedImage(30, 20, BufferedImage.TYPE_INT_ARGB);
		var out = new java.io.ByteArrayOutputStream();
		ImageIO.write(img, "png", out);
		PhotoSanitizer.Cleaned cleaned = PhotoSanitizer.clean(out.toByteArray());
		assertThat(read(cleaned.jpeg()).getWidth()).isEqualTo(30);
	}

	@Nested
	class Refuses {

		@Test
		void bytesThatAreNoImage() {
			assertThatThrownBy(() -> PhotoSanitizer.clean("%PDF-1.4 not a photo".getBytes()))
				.isInstanceOf(PhotoSanitizer.UnreadablePhoto.class);
		}

		@Test
		void tiffWhateverItHolds() throws Exception {
			byte[] bomb = TestJpegs.tiffBomb(4096);
			assertThat(bomb.length).isLessThan(300);
			// a real TIFF: ImageIO's own reader would take it as 4096 x 4096 RGBA float (256 MB)
			ImageReader tiff = ImageIO.getImageReadersByFormatName("tiff").next();
			tiff.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(bomb)));
			assertThat(tiff.getWidth(0)).isEqualTo(4096);
			assertThat(tiff.getHeight(0)).isEqualTo(4096);
			assertRefusedFast(bomb, Why.FORMAT);

			var small = new java.io.ByteArrayOutputStream();
			ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "tiff", small);
			assertRefusedFast(small.toByteArray(), Why.FORMAT);
			var gif = new java.io.ByteArrayOutputStream();
			ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "gif", gif);
			assertRefusedFast(gif.toByteArray(), Why.FORMAT);
		}

		@Test
		void aPngDeclaringTenGigapixels() throws Exception {
			byte[] bomb = TestJpegs.pngBomb(100_000);
			assertThat(header(bomb, "png")).containsExactly(100_000, 100_000);
			assertRefusedFast(bomb, Why.DIMENSIONS);
		}

		@Test
		void aProgressiveJpegDeclaring45000Squared() throws Exception {
			byte[] bomb = TestJpegs.progressiveBomb(45_000);
			assertThat(bomb.length).isLessThan(1_000);
			assertThat(PhotoFormat.progressiveJpeg(bomb)).isTrue();
			assertThat(header(bomb, "jpeg")).containsExactly(45_000, 45_000);
			assertRefusedFast(bomb, Why.DIMENSIONS);
			// progressive JPEGs are held whole by libjpeg: a tighter cap than baseline ones
			assertRefusedFast(TestJpegs.progressiveBomb(5_000), Why.DIMENSIONS);
		}

		@Test
		void heicWithItsOwnReason() {
			assertRefusedFast(TestJpegs.heic(), Why.HEIC);
		}

		@Test
		void aTruncatedJpeg() {
			byte[] jpeg = TestJpegs.plain(64, 48);
			byte[] cut = java.util.Arrays.copyOf(jpeg, 40);
			assertThatThrownBy(() -> PhotoSanitizer.clean(cut)).isInstanceOf(PhotoSanitizer.UnreadablePhoto.class);
		}
	}

	static void assertRefusedFast(byte[] photo, Why why) {
		long start = System.nanoTime();
		assertThatThrownBy(() -> PhotoSanitizer.clean(photo)).isInstanceOfSatisfying(PhotoSanitizer.UnreadablePhoto.class,
				ex -> assertThat(ex.why()).isEqualTo(why));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
	}

	/** Width and height as ImageIO's reader of that format reads them from the header. */
	static int[] header(byte[] image, String format) throws IOException {
		ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
		reader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(image)));
		return new int[] { reader.getWidth(0), reader.getHeight(0) };
	}

	static BufferedImage read(byte[] jpeg) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(jpeg));
	}

	static boolean isRed(int rgb) {
		int r = (rgb >> 16) & 0xff;
		int b = rgb & 0xff;
		return r > 200 && b < 60;
	}

	/** Whether a JPEG has a marker segment of this type before the image data. */
	static boolean hasSegment(byte[] jpeg, int marker) {
		int pos = 2;
		while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xff) == 0xFF) {
			int m = jpeg[pos + 1] & 0xff;
			if (m == marker) {
				return true;
			}
			if (m == 0xDA) {
				return false;
			}
			pos += 2 + (((jpeg[pos + 2] & 0xff) << 8) | (jpeg[pos + 3] & 0xff));
		}
		return false;
	}
}
