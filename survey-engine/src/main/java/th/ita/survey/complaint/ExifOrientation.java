package th.ita.survey.complaint;

import java.awt.geom.AffineTransform;

/**
 * Reads the one EXIF field worth keeping, the orientation (tag 0x0112 in IFD0), so that it can be
 * applied to the pixels before the EXIF block is thrown away. Anything malformed reads as 1
 * (upright as stored).
 */
final class ExifOrientation {

	private ExifOrientation() {
	}

	static int of(byte[] jpeg) {
		try {
			if (jpeg.length < 4 || (jpeg[0] & 0xff) != 0xFF || (jpeg[1] & 0xff) != 0xD8) {
				return 1;
			}
			int pos = 2;
			while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xff) == 0xFF) {
				int marker = jpeg[pos + 1] & 0xff;
				if (marker == 0xDA || marker == 0xD9) {
					return 1; // image data starts: no EXIF before it
				}
				int length = u16(jpeg, pos + 2, false);
				int body = pos + 4;
				if (marker == 0xE1 && length >= 8 && body + 6 <= jpeg.length && jpeg[body] == 'E' && jpeg[body + 1] == 'x'
						&& jpeg[body + 2] == 'i' && jpeg[body + 3] == 'f' && jpeg[body + 4] == 0 && jpeg[body + 5] == 0) {
					return fromTiff(jpeg, body + 6, Math.min(jpeg.length, pos + 2 + length));
				}
				pos += 2 + length;
			}
		}
		catch (RuntimeException malformed) {
			return 1;
		}
		return 1;
	}

	private static int fromTiff(byte[] b, int tiff, int end) {
		boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
		int ifd = tiff + u32(b, tiff + 4, little);
		int entries = u16(b, ifd, little);
		for (int i = 0; i < entries; i++) {
			int entry = ifd + 2 + i * 12;
			if (entry + 12 > end) {
				break;
			}
			if (u16(b, entry, little) == 0x0112) {
				int value = u16(b, entry + 8, little);
				return value >= 1 && value <= 8 ? value : 1;
			}
		}
		return 1;
	}

	/** Maps stored pixels (w × h) to upright ones, per the eight EXIF orientations. */
	static AffineTransform transform(int orientation, int w, int h) {
		return switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
			default -> new AffineTransform();
		};
	}

	private static int u16(byte[] b, int at, boolean little) {
		int a = b[at] & 0xff;
		int c = b[at + 1] & 0xff;
		return little ? (c << 8) | a : (a << 8) | c;
	}

	private static int u32(byte[] b, int at, boolean little) {
		int hi = u16(b, little ? at + 2 : at, little);
		int lo = u16(b, little ? at : at + 2, little);
		return (hi << 16) | lo;
	}
}
