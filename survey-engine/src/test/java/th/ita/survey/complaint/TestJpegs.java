package th.ita.survey.complaint;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** JPEGs for tests, with a hand-made EXIF block (camera make, orientation, GPS position). */
final class TestJpegs {

	/** The GPS latitude as stored: 7/1, 53/1, 1234/100 (big-endian rationals), easy to find in bytes. */
	static final byte[] LATITUDE = ByteBuffer.allocate(24).putInt(7).putInt(1).putInt(53).putInt(1).putInt(1234).putInt(100).array();

	static final String MAKE = "SPYCAM";

	private TestJpegs() {
	}

	/** A w × h JPEG, left half red and right half blue. */
	static byte[] plain(int w, int h) {
		BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = img.createGraphics();
		g.setColor(Color.RED);
		g.fillRect(0, 0, w / 2, h);
		g.setColor(Color.BLUE);
		g.fillRect(w / 2, 0, w - w / 2, h);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(img, "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The same JPEG with an EXIF APP1 segment right after SOI, as cameras and phones write it. */
	static byte[] withExif(byte[] jpeg, int orientation) {
		byte[] app1 = exifSegment(orientation);
		byte[] out = new byte[jpeg.length + app1.length];
		System.arraycopy(jpeg, 0, out, 0, 2);
		System.arraycopy(app1, 0, out, 2, app1.length);
		System.arraycopy(jpeg, 2, out, 2 + app1.length, jpeg.length - 2);
		return out;
	}

	static byte[] exifSegment(int orientation) {
		ByteBuffer tiff = ByteBuffer.allocate(256); // big-endian, offsets from the TIFF header
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		// IFD0 at 8: Make, Orientation, GPS IFD pointer
		tiff.putShort((short) 3);
		tiff.putShort((short) 0x010F).putShort((short) 2).putInt(MAKE.length() + 1).putInt(62); // Make -> offset 62
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(70); // GPS IFD at 70
		tiff.putInt(0); // no next IFD; position now 8 + 2 + 36 + 4 = 50
		tiff.position(62);
		tiff.put(MAKE.getBytes(StandardCharsets.US_ASCII)).put((byte) 0); // 62..68
		tiff.position(70);
		// GPS IFD: LatitudeRef, Latitude
		tiff.putShort((short) 2);
		tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(100); // rationals at 100
		tiff.putInt(0);
		tiff.position(100);
		tiff.put(LATITUDE);
		int tiffLength = tiff.position();
		ByteBuffer seg = ByteBuffer.allocate(4 + 6 + tiffLength);
		seg.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiffLength));
		seg.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0);
		seg.put(tiff.array(), 0, tiffLength);
		return seg.array();
	}

	static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	static boolean contains(byte[] haystack, String ascii) {
		return contains(haystack, ascii.getBytes(StandardCharsets.US_ASCII));
	}
}
