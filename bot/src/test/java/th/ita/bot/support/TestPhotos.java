package th.ita.bot.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/**
 * Photos as a phone sends them: a JPEG with an EXIF block (camera make and a GPS position) written
 * by hand, so tests can check that what is stored no longer carries it.
 */
public final class TestPhotos {

	/** GPS latitude 7° 53' 12.34" as EXIF rationals (big-endian), findable in the bytes. */
	public static final byte[] GPS_LATITUDE = ByteBuffer.allocate(24).putInt(7).putInt(1).putInt(53).putInt(1)
		.putInt(1234).putInt(100).array();

	public static final String CAMERA_MAKE = "SPYCAM";

	private TestPhotos() {
	}

	public static byte[] jpeg(int width, int height, Color color) {
		BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = img.createGraphics();
		g.setColor(color);
		g.fillRect(0, 0, width, height);
		g.setColor(Color.WHITE);
		g.drawString("evidence", 4, height / 2);
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

	/** A JPEG with an APP1 EXIF segment right after SOI: IFD0 (Make, GPS pointer) and a GPS IFD. */
	public static byte[] jpegWithGps(int width, int height) {
		byte[] jpeg = jpeg(width, height, Color.DARK_GRAY);
		ByteBuffer tiff = ByteBuffer.allocate(160);
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x010F).putShort((short) 2).putInt(CAMERA_MAKE.length() + 1).putInt(40);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(50);
		tiff.putInt(0);
		tiff.position(40);
		tiff.put(CAMERA_MAKE.getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
		tiff.position(50);
		tiff.putShort((short) 2);
		tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(80);
		tiff.putInt(0);
		tiff.position(80);
		tiff.put(GPS_LATITUDE);
		int length = tiff.position();
		ByteBuffer app1 = ByteBuffer.allocate(10 + length);
		app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (8 + length));
		app1.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0);
		app1.put(tiff.array(), 0, length);
		byte[] out = new byte[jpeg.length + app1.capacity()];
		System.arraycopy(jpeg, 0, out, 0, 2);
		System.arraycopy(app1.array(), 0, out, 2, app1.capacity());
		System.arraycopy(jpeg, 2, out, 2 + app1.capacity(), jpeg.length - 2);
		return out;
	}

	public static boolean contains(byte[] haystack, byte[] needle) {
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

	public static boolean contains(byte[] haystack, String ascii) {
		return contains(haystack, ascii.getBytes(StandardCharsets.US_ASCII));
	}
}
