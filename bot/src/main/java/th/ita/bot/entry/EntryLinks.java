package th.ita.bot.entry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.springframework.stereotype.Component;

import th.ita.bot.line.LineSettings;
import th.ita.scoring.Tool;

/**
 * Entry links for posters and letters: a LINE "oaMessage" deep link opens the chat with the bot and
 * puts the start text (e.g. "EIT PKT") in the input box, so a scan and one tap start the survey.
 */
@Component
public class EntryLinks {

	private final String basicId;

	public EntryLinks(LineSettings settings) {
		this.basicId = settings.basicId();
	}

	public boolean configured() {
		return !basicId.isEmpty();
	}

	public static String startText(Tool tool, String agency) {
		return tool + " " + agency;
	}

	/** The deep link, or null while the bot's LINE ID (ita.line.basic-id) is not configured. */
	public String link(Tool tool, String agency) {
		if (!configured()) {
			return null;
		}
		String id = basicId.startsWith("@") ? basicId : "@" + basicId;
		return "https://line.me/R/oaMessage/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/?"
				+ URLEncoder.encode(startText(tool, agency), StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** A QR code (PNG) of a text, with high error correction so a creased poster still scans. */
	public static byte[] qrPng(String text, int size) {
		try {
			BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.H, EncodeHintType.MARGIN, 2));
			java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(m.getWidth(), m.getHeight(),
					java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
			for (int y = 0; y < m.getHeight(); y++) {
				for (int x = 0; x < m.getWidth(); x++) {
					img.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			javax.imageio.ImageIO.write(img, "png", out);
			return out.toByteArray();
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
