package th.ita.bot.staff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexFiller;
import com.linecorp.bot.messaging.model.FlexSeparator;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.Message;

import th.ita.bot.line.Bubbles;
import th.ita.bot.line.Messages;
import th.ita.scoring.Figures;

/**
 * Small builders for the staff Flex Messages (texts, boxes, headers, score rows and bars) and the
 * guard that keeps them within LINE's limits: a bubble's JSON at most 30 KB, else the text fallback
 * is sent instead; altText and quick replies are cut as {@link Bubbles#flex} cuts them.
 */
final class Flex {

	static final int MAX_BUBBLE_BYTES = 30_000;

	static final String GREEN = "#2E7D32";

	static final String ORANGE = "#EF6C00";

	static final String RED = "#C62828";

	static final String GREY = "#8A8A8A";

	static final String TRACK = "#E6E6E6";

	static final String NAVY = "#1F3A5F";

	private Flex() {
	}

	static FlexText text(String text, String size) {
		return new FlexText.Builder().text(text.isEmpty() ? " " : text).size(size).build();
	}

	static FlexText.Builder textBuilder(String text, String size) {
		return new FlexText.Builder().text(text.isEmpty() ? " " : text).size(size);
	}

	static FlexText bold(String text, String size) {
		return textBuilder(text, size).weight(FlexText.Weight.BOLD).build();
	}

	static FlexText grey(String text) {
		return textBuilder(text, "xxs").color(GREY).wrap(true).build();
	}

	static FlexText wrapped(String text, String size) {
		return textBuilder(text, size).wrap(true).build();
	}

	static FlexText right(String text, String size, String color) {
		return textBuilder(text, size).align(FlexText.Align.END).color(color).weight(FlexText.Weight.BOLD).flex(0).build();
	}

	static FlexBox vbox(List<FlexComponent> contents) {
		return new FlexBox.Builder(FlexBox.Layout.VERTICAL, contents).build();
	}

	static FlexBox.Builder vboxBuilder(List<FlexComponent> contents) {
		return new FlexBox.Builder(FlexBox.Layout.VERTICAL, contents);
	}

	static FlexBox hbox(List<FlexComponent> contents) {
		return new FlexBox.Builder(FlexBox.Layout.HORIZONTAL, contents).spacing("sm").build();
	}

	static FlexSeparator separator() {
		return new FlexSeparator.Builder().margin("md").build();
	}

	/** The navy strip on top of a figures bubble: a small line over a bold title. */
	static FlexBox header(String small, String title) {
		return vboxBuilder(List.of(textBuilder(small, "xxs").color("#DDE6F0").build(),
				textBuilder(title, "md").weight(FlexText.Weight.BOLD).color("#FFFFFF").wrap(true).build()))
			.backgroundColor(NAVY)
			.paddingAll("12px")
			.build();
	}

	/** A labelled score with its bar and the pass mark's red line, coloured against the pass mark. */
	static FlexBox scoreRow(String label, BigDecimal score, BigDecimal passMark) {
		String colour = colourOf(score, passMark);
		return vboxBuilder(List.of(hbox(List.of(textBuilder(label, "xs").flex(1).build(), right(Figures.score(score), "xs", colour))),
				bar(score, colour, passMark)))
			.margin("sm")
			.build();
	}

	/** Colour of a score against the pass mark. */
	static String colourOf(BigDecimal score, BigDecimal passMark) {
		if (score == null) {
			return GREY;
		}
		if (score.compareTo(passMark) >= 0) {
			return GREEN;
		}
		return score.compareTo(BigDecimal.valueOf(50)) >= 0 ? ORANGE : RED;
	}

	/**
	 * A horizontal bar: a grey track of 0–100 with the value filled in, and, when {@code mark} is
	 * given, a thin red line at that value (the pass mark).
	 */
	static FlexBox bar(BigDecimal value, String colour, BigDecimal mark) {
		List<FlexComponent> contents = new ArrayList<>();
		if (value != null && whole(value).signum() > 0) {
			contents.add(vboxBuilder(List.of(new FlexFiller.Builder().build())).width(percent(value))
				.height("8px")
				.backgroundColor(colour)
				.cornerRadius("4px")
				.build());
		}
		else {
			contents.add(new FlexFiller.Builder().build());
		}
		if (mark != null) {
			contents.add(vboxBuilder(List.of(new FlexFiller.Builder().build())).position(FlexBox.Position.ABSOLUTE)
				.offsetStart(percent(mark))
				.offsetTop("0px")
				.width("2px")
				.height("8px")
				.backgroundColor(RED)
				.build());
		}
		return new FlexBox.Builder(FlexBox.Layout.HORIZONTAL, contents).height("8px")
			.backgroundColor(TRACK)
			.cornerRadius("4px")
			.margin("xs")
			.build();
	}

	/** Whole percent for widths and offsets: finer than any phone shows, and a format LINE accepts everywhere. */
	private static String percent(BigDecimal value) {
		return whole(value).toPlainString() + "%";
	}

	private static BigDecimal whole(BigDecimal value) {
		return value.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).setScale(0, java.math.RoundingMode.HALF_UP);
	}

	/**
	 * The bubble as a Flex Message with its text fallback, or the fallback alone as a text message
	 * when the bubble would exceed LINE's size limit.
	 */
	static Message message(String altText, FlexBubble bubble, List<? extends Action> quickReplies, String fallback) {
		if (bytes(bubble) > MAX_BUBBLE_BYTES) {
			return quickReplies.isEmpty() ? Messages.text(fallback) : Messages.text(fallback, quickReplies);
		}
		return Bubbles.flex(altText, bubble, quickReplies);
	}

	/** Size of the bubble's JSON as the SDK sends it. */
	static int bytes(FlexBubble bubble) {
		return Bubbles.bytes(bubble);
	}
}
