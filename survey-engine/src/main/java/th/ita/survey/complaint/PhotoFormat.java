package th.ita.survey.complaint;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * What a photo file is, told by its first bytes rather than by asking every ImageIO plugin (some
 * accept almost anything, and TIFF can declare float samples of any size). Only JPEG, PNG and (when
 * a plugin is installed) WebP are decoded; HEIC is named so the person can be told what to do.
 */
enum PhotoFormat {

	JPEG("jpeg"), PNG("png"), WEBP("webp"), HEIC(null), OTHER(null);

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1");

	/** The ImageIO format name, or null: never decoded. */
	final String readerName;

	PhotoFormat(String readerName) {
		this.readerName = readerName;
	}

	static PhotoFormat of(byte[] b) {
		if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
			return JPEG;
		}
		if (startsWith(b, 0, PNG_SIGNATURE)) {
			return PNG;
		}
		if (b.length >= 12 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
			return WEBP;
		}
		if (b.length >= 12 && ascii(b, 4, 4).equals("ftyp") && HEIF_BRANDS.contains(ascii(b, 8, 4))) {
			return HEIC;
		}
		return OTHER;
	}

	/**
	 * Whether a JPEG's frame is progressive (SOF2, SOF6, SOF10, SOF14): libjpeg then keeps every
	 * coefficient of the whole image in native memory, whatever subsampling is asked for. A header
	 * this scan cannot follow counts as progressive: libjpeg skips junk this scan stops at.
	 */
	static boolean progressiveJpeg(byte[] b) {
		int pos = 2;
		while (pos + 4 <= b.length && (b[pos] & 0xff) == 0xFF) {
			int marker = b[pos + 1] & 0xff;
			if (marker == 0xFF) { // fill byte
				pos++;
				continue;
			}
			if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
				return (marker & 0x03) == 0x02;
			}
			if (marker == 0xDA || marker == 0xD9) {
				return true;
			}
			pos += 2 + (((b[pos + 2] & 0xff) << 8) | (b[pos + 3] & 0xff));
		}
		return true;
	}

	/**
	 * Start-of-scan markers in a JPEG. Entropy-coded data escapes 0xFF as FF 00, so FF DA is always
	 * a marker.
	 */
	static int jpegScans(byte[] b) {
		int scans = 0;
		for (int i = 0; i + 1 < b.length; i++) {
			if (b[i] == (byte) 0xFF && b[i + 1] == (byte) 0xDA) {
				scans++;
			}
		}
		return scans;
	}

	private static boolean startsWith(byte[] b, int at, byte[] prefix) {
		if (b.length < at + prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (b[at + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static String ascii(byte[] b, int at, int length) {
		return new String(b, at, length, StandardCharsets.ISO_8859_1);
	}
}
