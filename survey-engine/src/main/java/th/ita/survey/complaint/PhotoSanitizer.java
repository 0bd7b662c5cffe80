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

/**
 * Turns an evidence photo into a fresh JPEG made from its pixels only. Decoding and re-encoding
 * drops everything else the file carried: EXIF (camera, owner, time taken), GPS position,
 * thumbnails, XMP, comments. The EXIF orientation is applied to the pixels first, so a portrait
 * photo stays upright without its tag. Big photos are scaled down (long side {@value #MAX_SIDE}
 * px), and huge ones are decoded with subsampling so a crafted file cannot exhaust memory.
 */
public final class PhotoSanitizer {

	public static final int MAX_SIDE = 2560;

	/** Pixels decoded at most (after subsampling): about 50 MB as RGB. */
	static final long MAX_DECODED_PIXELS = 4096L * 4096L;

	static final float QUALITY = 0.85f;

	private PhotoSanitizer() {
	}

	/** The photo could not be read as an image (not one, corrupt, unsupported colour model). */
	public static class UnreadablePhoto extends Exception {

		public UnreadablePhoto(String message) {
			super(message);
		}
	}

	public record Cleaned(byte[] jpeg, int width, int height) {
	}

	public static Cleaned clean(byte[] original) throws UnreadablePhoto {
		BufferedImage decoded = decode(original);
		int orientation = ExifOrientation.of(original);
		BufferedImage upright = redraw(decoded, orientation);
		return new Cleaned(encode(upright), upright.getWidth(), upright.getHeight());
	}

	private static BufferedImage decode(byte[] bytes) throws UnreadablePhoto {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
			if (readers == null || !readers.hasNext()) {
				throw new UnreadablePhoto("not an image format this server reads");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long width = reader.getWidth(0);
				long height = reader.getHeight(0);
				if (width <= 0 || height <= 0) {
					throw new UnreadablePhoto("empty image");
				}
				int step = 1;
				while ((width / step) * (height / step) > MAX_DECODED_PIXELS) {
					step++;
				}
				ImageReadParam param = reader.getDefaultReadParam();
				param.setSourceSubsampling(step, step, 0, 0);
				BufferedImage image = reader.read(0, param);
				if (image == null) {
					throw new UnreadablePhoto("no picture in the file");
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadablePhoto("cannot decode: " + ex.getClass().getSimpleName());
		}
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
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
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
