package th.ita.survey.complaint;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

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
	void scalesBigPhotosDown() throws Exception {
		BufferedImage big = read(PhotoSanitizer.clean(TestJpegs.plain(3000, 1500)).jpeg());
		assertThat(big.getWidth()).isEqualTo(PhotoSanitizer.MAX_SIDE);
		assertThat(big.getHeight()).isEqualTo(1280);
	}

	@Nested
	class Refuses {

		@Test
		void bytesThatAreNoImage() {
			assertThatThrownBy(() -> PhotoSanitizer.clean("%PDF-1.4 not a photo".getBytes()))
				.isInstanceOf(PhotoSanitizer.UnreadablePhoto.class);
		}

		@Test
		void aTruncatedJpeg() {
			byte[] jpeg = TestJpegs.plain(64, 48);
			byte[] cut = java.util.Arrays.copyOf(jpeg, 40);
			assertThatThrownBy(() -> PhotoSanitizer.clean(cut)).isInstanceOf(PhotoSanitizer.UnreadablePhoto.class);
		}
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
