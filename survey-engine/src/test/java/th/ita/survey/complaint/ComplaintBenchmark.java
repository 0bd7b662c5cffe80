package th.ita.survey.complaint;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (excluded from surefire by its name). What one receipt-code hash costs,
 * hence a filing, a lookup and a guess; and what cleaning a photo costs. Run:
 * <pre>
 * ./mvnw -B -q -pl survey-engine -am test -Dtest=ComplaintBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class ComplaintBenchmark {

	@Test
	void receiptCodeHash() {
		ReceiptCodes codes = new ReceiptCodes("benchmark-receipt-secret-0123456789");
		ReceiptCode code = codes.issue();
		for (int i = 0; i < 5; i++) {
			codes.lookupKey(code);
		}
		int n = 40;
		long[] ms = new long[n];
		for (int i = 0; i < n; i++) {
			long t = System.nanoTime();
			codes.lookupKey(code);
			ms[i] = (System.nanoTime() - t) / 1_000;
		}
		Arrays.sort(ms);
		double median = ms[n / 2] / 1000.0;
		double years = Math.pow(2, 80) * median / 1000 / 3600 / 24 / 365.25;
		System.out.printf("PBKDF2-HMAC-SHA256 x %,d: median %.1f ms, min %.1f ms, max %.1f ms over %d runs%n",
				ReceiptCodes.ITERATIONS, median, ms[0] / 1000.0, ms[n - 1] / 1000.0, n);
		System.out.printf("  %,.0f guesses per core-second; 2^80 codes: %.2e core-years (with the secret; none without)%n",
				1000 / median, years);
	}

	@Test
	void photoCleaning() throws Exception {
		for (int[] size : new int[][] { { 1600, 1200 }, { 4032, 3024 } }) {
			byte[] jpeg = photoLike(size[0], size[1]);
			for (int i = 0; i < 2; i++) {
				PhotoSanitizer.clean(jpeg);
			}
			int n = 5;
			long[] ms = new long[n];
			PhotoSanitizer.Cleaned out = null;
			for (int i = 0; i < n; i++) {
				long t = System.nanoTime();
				out = PhotoSanitizer.clean(jpeg);
				ms[i] = (System.nanoTime() - t) / 1_000_000;
			}
			Arrays.sort(ms);
			System.out.printf("clean %dx%d (%,d bytes in): median %d ms -> %dx%d, %,d bytes%n", size[0], size[1], jpeg.length,
					ms[n / 2], out.width(), out.height(), out.jpeg().length);
		}
	}

	/** Smooth gradients plus sensor-like noise: compresses about as a phone photo does. */
	static byte[] photoLike(int w, int h) throws Exception {
		BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(2563);
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				int r = Math.min(255, Math.max(0, x * 255 / w + random.nextInt(17) - 8));
				int g = Math.min(255, Math.max(0, y * 255 / h + random.nextInt(17) - 8));
				int b = Math.min(255, Math.max(0, 128 + random.nextInt(17) - 8));
				img.setRGB(x, y, (r << 16) | (g << 8) | b);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(img, "jpg", out);
		return out.toByteArray();
	}
}
