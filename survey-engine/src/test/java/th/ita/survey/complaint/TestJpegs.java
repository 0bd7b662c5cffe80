package th.ita.survey.complaint;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Photos for tests: JPEGs with a hand-made EXIF block (camera make, orientation, GPS position),
 * phone-sized photos with sensor-like noise, and crafted files that declare far more than they hold.
 */
public final class TestJpegs {

	/** The GPS latitude as stored: 7/1, 53/1, 1234/100 (big-endian rationals), easy to find in bytes. */
	static final byte[] LATITUDE = ByteBuffer.allocate(24).putInt(7).putInt(1).putInt(53).putInt(1).putInt(1234).putInt(100).array();

	static final String MAKE = "SPYCAM";

	private TestJpegs() {
	}

	/** A w × h JPEG, left half red and right half blue. */
	public static byte[] plain(int w, int h) {
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

	/**
	 * A phone photo: w × h with gradients and per-channel noise, so it compresses like a real one
	 * (4000 × 3000 gives about 4 MB).
	 */
	static byte[] phonePhoto(int w, int h, long seed) {
		BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		int[] px = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
		SplittableRandom noise = new SplittableRandom(seed);
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				int grain = noise.nextInt(96) - 48; // sensor noise is mostly in brightness
				int r = clamp(x * 255 / w + grain + noise.nextInt(16));
				int g = clamp(y * 255 / h + grain + noise.nextInt(16));
				int b = clamp(128 + (x ^ y) % 64 + grain + noise.nextInt(16));
				px[y * w + x] = (r << 16) | (g << 8) | b;
			}
		}
		return write(img, false);
	}

	private static int clamp(int v) {
		return Math.max(0, Math.min(255, v));
	}

	private static byte[] write(BufferedImage img, boolean progressive) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (var stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (progressive) {
				param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			}
			writer.write(null, new IIOImage(img, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	// --- bombs: a few hundred bytes that declare an image no server should try to hold

	/** A progressive JPEG of 16 × 16 pixels whose frame header (SOF2) declares {@code side} × {@code side}. */
	static byte[] progressiveBomb(int side) {
		byte[] jpeg = write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), true);
		for (int i = 2; i + 9 < jpeg.length; i++) {
			if ((jpeg[i] & 0xff) == 0xFF && (jpeg[i + 1] & 0xff) == 0xC2) {
				ByteBuffer.wrap(jpeg, i + 5, 4).putShort((short) side).putShort((short) side);
				return jpeg;
			}
		}
		throw new IllegalStateException("the writer wrote no SOF2");
	}

	/** A PNG whose IHDR declares {@code side} × {@code side} RGBA, with a deflate bomb of zeros as IDAT. */
	static byte[] pngBomb(int side) {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 8).put((byte) 6).put((byte) 0)
			.put((byte) 0).put((byte) 0).array());
		Deflater deflater = new Deflater(9);
		deflater.setInput(new byte[4 * 1024 * 1024]);
		deflater.finish();
		byte[] idat = new byte[64 * 1024];
		int length = deflater.deflate(idat);
		deflater.end();
		chunk(png, "IDAT", java.util.Arrays.copyOf(idat, length));
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		png.writeBytes(name);
		png.writeBytes(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	/** A little-endian TIFF declaring {@code side} × {@code side} RGBA of 32-bit float samples, deflated. */
	static byte[] tiffBomb(int side) {
		Deflater deflater = new Deflater(9);
		deflater.setInput(new byte[64 * 1024]);
		deflater.finish();
		byte[] strip = new byte[1024];
		int stripLength = deflater.deflate(strip);
		deflater.end();
		int entries = 11;
		int ifdEnd = 8 + 2 + entries * 12 + 4;
		int bits = ifdEnd;
		int formats = bits + 8;
		int data = formats + 8;
		ByteBuffer t = ByteBuffer.allocate(data + stripLength).order(ByteOrder.LITTLE_ENDIAN);
		t.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		t.putShort((short) entries);
		tiffEntry(t, 256, 4, 1, side); // ImageWidth
		tiffEntry(t, 257, 4, 1, side); // ImageLength
		tiffEntry(t, 258, 3, 4, bits); // BitsPerSample 32,32,32,32
		tiffEntry(t, 259, 3, 1, 8); // Compression: deflate
		tiffEntry(t, 262, 3, 1, 2); // Photometric: RGB
		tiffEntry(t, 273, 4, 1, data); // StripOffsets
		tiffEntry(t, 277, 3, 1, 4); // SamplesPerPixel
		tiffEntry(t, 278, 4, 1, side); // RowsPerStrip
		tiffEntry(t, 279, 4, 1, stripLength); // StripByteCounts
		tiffEntry(t, 338, 3, 1, 2); // ExtraSamples: unassociated alpha
		tiffEntry(t, 339, 3, 4, formats); // SampleFormat 3,3,3,3: IEEE float
		t.putInt(0);
		for (int i = 0; i < 4; i++) {
			t.putShort((short) 32);
		}
		for (int i = 0; i < 4; i++) {
			t.putShort((short) 3);
		}
		t.put(strip, 0, stripLength);
		return t.array();
	}

	private static void tiffEntry(ByteBuffer t, int tag, int type, int count, int value) {
		t.putShort((short) tag).putShort((short) type).putInt(count);
		if (type == 3 && count == 1) {
			t.putShort((short) value).putShort((short) 0);
		}
		else {
			t.putInt(value);
		}
	}

	/** The start of an iPhone HEIC file (ISO BMFF, brand heic). */
	static byte[] heic() {
		ByteBuffer b = ByteBuffer.allocate(64);
		b.putInt(24).put("ftypheic".getBytes(StandardCharsets.US_ASCII)).putInt(0);
		b.put("mif1heic".getBytes(StandardCharsets.US_ASCII));
		return b.array();
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
