package th.ita.survey.complaint;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns an evidence photo into a fresh JPEG made from its pixels only. Decoding and re-encoding
 * drops everything else the file carried: EXIF (camera, owner, time taken), GPS position,
 * thumbnails, XMP, comments. The EXIF orientation is applied to the pixels first, so a portrait
 * photo stays upright without its tag. Big photos are scaled down (long side {@value #MAX_SIDE} px).
 * <p>
 * Whatever the file declares, the cost is bounded: the format is told by its first bytes and the
 * size by its header, both before any pixel is decoded ({@link PhotoLimits}); the decoder then
 * subsamples so that no more than {@code decodePixels} are held, and stops at a {@link Deadline}.
 * Streams stay in memory: ImageIO's default file cache would put the original, EXIF and all, on disk.
 */
public final class PhotoSanitizer {

	public static final int MAX_SIDE = 2560;

	static final float QUALITY = 0.85f;

	/** Progressive JPEGs with more scans than this are refused: libjpeg passes over the image per scan. */
	static final int MAX_SCANS = 100;

	private PhotoSanitizer() {
	}

	/** The photo was not stored; {@link #why()} says what to tell the person. */
	public static class UnreadablePhoto extends Exception {

		/** Why a photo was refused. */
		public enum Why {
			/** Not an image, corrupt, or a colour model the decoder does not handle. */
			UNREADABLE,
			/** A format not accepted (TIFF, GIF, BMP, ...). */
			FORMAT,
			/** HEIC/HEIF, which this server cannot decode. */
			HEIC,
			/** The header declares more pixels or a longer side than accepted. */
			DIMENSIONS,
			/** Decoding took longer than allowed. */
			TIMEOUT,
			/** Too many photos waiting to be decoded. */
			BUSY
		}

		private final Why why;

		public UnreadablePhoto(String message) {
			this(Why.UNREADABLE, message);
		}

		public UnreadablePhoto(Why why, String message) {
			super(message);
			this.why = why;
		}

		public Why why() {
			return why;
		}
	}

	public record Cleaned(byte[] jpeg, int width, int height) {
	}

	/** With the default limits and no time limit (tests and tools). */
	public static Cleaned clean(byte[] original) throws UnreadablePhoto {
		return clean(original, PhotoLimits.DEFAULTS, Deadline.NONE);
	}

	static Cleaned clean(byte[] original, PhotoLimits limits, Deadline deadline) throws UnreadablePhoto {
		BufferedImage decoded = decode(original, limits, deadline);
		int orientation = ExifOrientation.of(original);
		BufferedImage upright = redraw(decoded, orientation);
		deadline.check();
		return new Cleaned(encode(upright), upright.getWidth(), upright.getHeight());
	}

	private static BufferedImage decode(byte[] bytes, PhotoLimits limits, Deadline deadline) throws UnreadablePhoto {
		PhotoFormat format = PhotoFormat.of(bytes);
		if (format == PhotoFormat.HEIC) {
			throw new UnreadablePhoto(UnreadablePhoto.Why.HEIC, "HEIC");
		}
		Iterator<ImageReader> readers = format.readerName == null ? null : ImageIO.getImageReadersByFormatName(format.readerName);
		if (readers == null || !readers.hasNext()) {
			throw new UnreadablePhoto(UnreadablePhoto.Why.FORMAT, "format not accepted: " + format);
		}
		boolean progressive = format == PhotoFormat.JPEG && PhotoFormat.progressiveJpeg(bytes);
		if (progressive && PhotoFormat.jpegScans(bytes) > MAX_SCANS) {
			throw new UnreadablePhoto(UnreadablePhoto.Why.UNREADABLE, "too many progressive scans");
		}
		ImageReader reader = readers.next();
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(in, true, true);
			long width = reader.getWidth(0);
			long height = reader.getHeight(0);
			if (width <= 0 || height <= 0) {
				throw new UnreadablePhoto("empty image");
			}
			long pixelCap = progressive ? limits.maxProgressivePixels() : limits.maxPixels();
			if (width > limits.maxSide() || height > limits.maxSide() || width * height > pixelCap) {
				throw new UnreadablePhoto(UnreadablePhoto.Why.DIMENSIONS, "declares " + width + "x" + height);
			}
			ImageReadParam param = reader.getDefaultReadParam();
			int step = subsampling(width, height, limits.decodePixels());
			param.setSourceSubsampling(step, step, 0, 0);
			deadline.watch(reader);
			BufferedImage image = reader.read(0, param);
			deadline.check();
			if (image == null) {
				throw new UnreadablePhoto("no picture in the file");
			}
			return image;
		}
		catch (IOException | RuntimeException ex) {
			deadline.check();
			throw new UnreadablePhoto("cannot decode: " + ex.getClass().getSimpleName());
		}
		finally {
			reader.dispose();
		}
	}

	/** The smallest step that keeps (width / step) × (height / step) within the budget. */
	static int subsampling(long width, long height, long budget) {
		int step = 1;
		while (ceilDiv(width, step) * ceilDiv(height, step) > budget) {
			step++;
		}
		return step;
	}

	private static long ceilDiv(long a, long b) {
		return (a + b - 1) / b;
	}

	/** Draws onto a new RGB canvas: upright, scaled down if needed, transparency on white. */
	private static BufferedImage redraw(BufferedImage src, int orientation) {
		boolean swap = orientation >= 5 && orientation <= 8;
		int w = swap ? src.getHeight() : src.getWidth();
		int h = swap ? src.getWidth() : src.getHeight();
		double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(w, h));
		int outW = Math.max(1, (int) Math.round(w * scale));
		int outH = Math.max(1, (int) Math.round(h * scale));
		BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, outW, outH);
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			AffineTransform t = new AffineTransform();
			t.scale(scale, scale);
			t.concatenate(ExifOrientation.transform(orientation, src.getWidth(), src.getHeight()));
			g.drawImage(src, t, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	private static byte[] encode(BufferedImage image) throws UnreadablePhoto {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(QUALITY);
			// no metadata passed: the writer emits a bare JFIF header and nothing else
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UnreadablePhoto("cannot encode: " + ex.getClass().getSimpleName());
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}
}
