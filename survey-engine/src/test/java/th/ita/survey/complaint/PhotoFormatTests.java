package th.ita.survey.complaint;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhotoFormatTests {

	@Test
	void tellsFormatsByTheirFirstBytes() throws Exception {
		assertThat(PhotoFormat.of(TestJpegs.plain(8, 8))).isEqualTo(PhotoFormat.JPEG);
		assertThat(PhotoFormat.of(written("png"))).isEqualTo(PhotoFormat.PNG);
		assertThat(PhotoFormat.of("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(PhotoFormat.WEBP);
		assertThat(PhotoFormat.of(TestJpegs.heic())).isEqualTo(PhotoFormat.HEIC);
		assertThat(PhotoFormat.of(TestJpegs.tiffBomb(16))).isEqualTo(PhotoFormat.OTHER);
		assertThat(PhotoFormat.of(written("gif"))).isEqualTo(PhotoFormat.OTHER);
		assertThat(PhotoFormat.of(written("bmp"))).isEqualTo(PhotoFormat.OTHER);
		assertThat(PhotoFormat.of(new byte[0])).isEqualTo(PhotoFormat.OTHER);
		assertThat(PhotoFormat.of(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEqualTo(PhotoFormat.OTHER);
	}

	@Test
	void tellsProgressiveJpegsAndCountsTheirScans() {
		byte[] baseline = TestJpegs.plain(64, 48);
		assertThat(PhotoFormat.progressiveJpeg(baseline)).isFalse();
		assertThat(PhotoFormat.jpegScans(baseline)).isEqualTo(1);
		byte[] progressive = TestJpegs.progressiveBomb(64);
		assertThat(PhotoFormat.progressiveJpeg(progressive)).isTrue();
		assertThat(PhotoFormat.jpegScans(progressive)).isGreaterThan(1).isLessThan(PhotoSanitizer.MAX_SCANS);
		// a header the scan cannot follow counts as progressive (the stricter cap)
		assertThat(PhotoFormat.progressiveJpeg(new byte[] { (byte) 0xFF, (byte) 0xD8, 0, 0, 0, 0 })).isTrue();
	}

	static byte[] written(String format) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), format, out);
		return out.toByteArray();
	}
}
