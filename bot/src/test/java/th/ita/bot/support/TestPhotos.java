package th.ita.bot.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Photos as a phone sends them: a JPEG with an EXIF block (camera make and a GPS position) written
 * by hand, so tests can check that what is stored no longer carries it. And crafted files that
 * declare far more than they hold (the same as survey-engine's TestJpegs, which bot tests cannot see).
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

	/** A progressive JPEG of 16 × 16 pixels whose frame header (SOF2) declares {@code side} × {@code side}. */
	public static byte[] progressiveBomb(int side) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (var stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			writer.write(null, new IIOImage(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		byte[] jpeg = out.toByteArray();
		for (int i = 2; i + 9 < jpeg.length; i++) {
			if ((jpeg[i] & 0xff) == 0xFF && (jpeg[i + 1] & 0xff) == 0xC2) {
				ByteBuffer.wrap(jpeg, i + 5, 4).putShort((short) side).putShort((short) side);
				return jpeg;
			}
		}
		throw new IllegalStateException("the writer wrote no SOF2");
	}

	/** A PNG whose IHDR declares {@code side} × {@code side} RGBA, IDAT a few bytes. */
	public static byte[] pngBomb(int side) {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		pngChunk(png, "IHDR", ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 8).put((byte) 6).put((byte) 0)
			.put((byte) 0).put((byte) 0).array());
		pngChunk(png, "IDAT", new byte[] { 0x78, (byte) 0xDA, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01 });
		pngChunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static void pngChunk(ByteArrayOutputStream png, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		png.writeBytes(name);
		png.writeBytes(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	/** A little-endian TIFF header declaring {@code side} × {@code side} RGBA of 32-bit float samples. */
	public static byte[] tiffBomb(int side) {
		int[][] entries = { { 256, 4, 1, side }, { 257, 4, 1, side }, { 258, 3, 4, 146 }, { 259, 3, 1, 8 },
				{ 262, 3, 1, 2 }, { 273, 4, 1, 162 }, { 277, 3, 1, 4 }, { 278, 4, 1, side }, { 279, 4, 1, 8 },
				{ 338, 3, 1, 2 }, { 339, 3, 4, 154 } };
		ByteBuffer t = ByteBuffer.allocate(170).order(ByteOrder.LITTLE_ENDIAN);
		t.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) entries.length);
		for (int[] e : entries) {
			t.putShort((short) e[0]).putShort((short) e[1]).putInt(e[2]);
			if (e[1] == 3 && e[2] == 1) {
				t.putShort((short) e[3]).putShort((short) 0);
			}
			else {
				t.putInt(e[3]);
			}
		}
		t.putInt(0); // no next IFD; then bits per sample at 146, sample formats at 154, the strip at 162
		for (int i = 0; i < 4; i++) {
			t.putShort((short) 32);
		}
		for (int i = 0; i < 4; i++) {
			t.putShort((short) 3);
		}
		t.put(new byte[] { 0x78, (byte) 0xDA, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00 });
		return t.array();
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
