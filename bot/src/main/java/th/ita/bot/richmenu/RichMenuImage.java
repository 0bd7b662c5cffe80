package th.ita.bot.richmenu;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

/**
 * Draws the rich menu picture (a PNG, headless java.awt): one coloured tile per area, its Thai label
 * centred. No font ships with the app: it uses a font installed on the machine that can display
 * every label ({@link Font#canDisplayUpTo}), preferring common Thai faces.
 */
final class RichMenuImage {

	/** Families tried first when installed; any other font that can display Thai comes after. */
	private static final List<String> PREFERRED = List.of("Sarabun", "TH Sarabun New", "Noto Sans Thai", "Noto Sans Thai UI",
			"Loma", "Garuda", "Tahoma", "Leelawadee UI", "Waree", "Kinnari", "Umpush", "Norasi", "Laksaman");

	private static final Color[] TILES = { new Color(0x06A146), new Color(0xC0392B), new Color(0x2874A6),
			new Color(0x7D3C98), new Color(0xB9770E), new Color(0x566573) };

	private RichMenuImage() {
	}

	/** The family of a font that can display every text, if the machine has one. */
	static Optional<String> thaiFontFamily(List<String> texts) {
		String all = String.join("", texts);
		Font[] fonts = GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts();
		return Arrays.stream(fonts)
			.filter(f -> f.canDisplayUpTo(all) == -1)
			.map(Font::getFamily)
			.distinct()
			.min(Comparator.comparingInt(RichMenuImage::preference).thenComparing(Comparator.naturalOrder()));
	}

	private static int preference(String family) {
		int i = PREFERRED.indexOf(family);
		return i < 0 ? PREFERRED.size() : i;
	}

	static byte[] png(RichMenuLayout layout, String fontFamily) {
		BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			List<RichMenuLayout.Area> areas = layout.areas();
			for (int i = 0; i < areas.size(); i++) {
				RichMenuLayout.Area a = areas.get(i);
				g.setColor(TILES[i % TILES.length]);
				g.fillRect(a.x(), a.y(), a.width(), a.height());
				label(g, a, fontFamily);
			}
			g.setColor(Color.WHITE);
			for (RichMenuLayout.Area a : areas) {
				g.fillRect(a.x() + a.width() - 3, a.y(), 6, a.height());
				g.fillRect(a.x(), a.y() + a.height() - 3, a.width(), 6);
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The label in one or two lines ("ผลคะแนน" / "(เจ้าหน้าที่)"), shrunk to fit the tile. */
	private static void label(Graphics2D g, RichMenuLayout.Area a, String family) {
		String[] lines = a.label().contains(" (") ? a.label().split(" (?=\\()") : new String[] { a.label() };
		int size = 110;
		FontMetrics m;
		do {
			g.setFont(new Font(family, Font.BOLD, size));
			m = g.getFontMetrics();
			size -= 4;
		}
		while (size > 30 && widest(m, lines) > a.width() * 0.86);
		int lineHeight = m.getHeight();
		int top = a.y() + (a.height() - lines.length * lineHeight) / 2;
		g.setColor(Color.WHITE);
		for (int i = 0; i < lines.length; i++) {
			int w = m.stringWidth(lines[i]);
			g.drawString(lines[i], a.x() + (a.width() - w) / 2, top + m.getAscent() + i * lineHeight);
		}
	}

	private static int widest(FontMetrics m, String[] lines) {
		return Arrays.stream(lines).mapToInt(m::stringWidth).max().orElse(0);
	}
}
