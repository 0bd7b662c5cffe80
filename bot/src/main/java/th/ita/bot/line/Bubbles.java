package th.ita.bot.line;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexButton;
import com.linecorp.bot.messaging.model.FlexCarousel;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexContainer;
import com.linecorp.bot.messaging.model.FlexFiller;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.FlexSeparator;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;

/**
 * Flex bubbles for the chat: buttons inside the message body, which LINE for PC and Mac shows
 * (quick replies appear only on phones), and lists that show full names. Keeps LINE's limits:
 * altText 400 characters, a bubble 30 KB, a carousel 12 bubbles and 50 KB.
 */
public final class Bubbles {

	public static final String GREEN = "#06C755";

	public static final String NAVY = "#1F3A5F";

	public static final String GREY = "#8A8A8A";

	public static final String RED = "#C62828";

	public static final String ORANGE = "#EF6C00";

	public static final String TRACK = "#E6E6E6";

	public static final int MAX_ALT_TEXT = 400;

	public static final int MAX_BUBBLES = 12;

	public static final int MAX_CAROUSEL_BYTES = 48_000;

	private static final ObjectMapper JSON = new ObjectMapper();

	private Bubbles() {
	}

	/** One row of a choice list: full name, a second line, and what a tap does. */
	public record Choice(String title, String subtitle, Action action) {
	}

	public static FlexText text(String text, String size) {
		return new FlexText.Builder().text(text == null || text.isEmpty() ? " " : text).size(size).wrap(true).build();
	}

	public static FlexText bold(String text, String size) {
		return new FlexText.Builder().text(text == null || text.isEmpty() ? " " : text)
			.size(size)
			.wrap(true)
			.weight(FlexText.Weight.BOLD)
			.build();
	}

	public static FlexText coloured(String text, String size, String colour) {
		return new FlexText.Builder().text(text == null || text.isEmpty() ? " " : text).size(size).wrap(true).color(colour).build();
	}

	public static FlexBox vbox(List<FlexComponent> contents, String spacing) {
		return new FlexBox.Builder(FlexBox.Layout.VERTICAL, contents).spacing(spacing).build();
	}

	public static FlexSeparator separator() {
		return new FlexSeparator("md", null);
	}

	/** A full-width button; primary ones are filled green, others grey or plain links. */
	public static FlexButton button(Action action, FlexButton.Style style) {
		return new FlexButton.Builder(action).style(style).height(FlexButton.Height.SM).margin("sm").build();
	}

	public static FlexButton button(Action action, FlexButton.Style style, String colour) {
		return new FlexButton.Builder(action).style(style).height(FlexButton.Height.SM).margin("sm").color(colour).build();
	}

	/** A thin progress bar, {@code done} of {@code total} filled. */
	public static FlexBox progress(int done, int total) {
		int pct = total <= 0 ? 0 : Math.max(0, Math.min(100, Math.round(done * 100f / total)));
		List<FlexComponent> fill = new ArrayList<>();
		if (pct > 0) {
			fill.add(new FlexBox.Builder(FlexBox.Layout.VERTICAL, List.of(new FlexFiller.Builder().build())).width(pct + "%")
				.height("6px")
				.backgroundColor(GREEN)
				.cornerRadius("3px")
				.build());
		}
		else {
			fill.add(new FlexFiller.Builder().build());
		}
		return new FlexBox.Builder(FlexBox.Layout.HORIZONTAL, fill).height("6px")
			.backgroundColor(TRACK)
			.cornerRadius("3px")
			.margin("sm")
			.build();
	}

	public static FlexBubble bubble(FlexBox header, FlexBox body, FlexBox footer) {
		FlexBubble.Builder b = new FlexBubble.Builder();
		if (header != null) {
			b.header(header);
		}
		b.body(body);
		if (footer != null) {
			b.footer(footer);
		}
		return b.build();
	}

	/** A header strip: a title in white on navy, and a smaller line under it. */
	public static FlexBox header(String title, String subtitle) {
		List<FlexComponent> c = new ArrayList<>();
		c.add(new FlexText.Builder().text(title).size("md").weight(FlexText.Weight.BOLD).color("#FFFFFF").wrap(true).build());
		if (subtitle != null && !subtitle.isEmpty()) {
			c.add(new FlexText.Builder().text(subtitle).size("xs").color("#D6E0EE").wrap(true).build());
		}
		return new FlexBox.Builder(FlexBox.Layout.VERTICAL, c).backgroundColor(NAVY).paddingAll("12px").build();
	}

	/**
	 * A list of choices as bubbles of {@code perBubble} rows: each row the full name, its second
	 * line and a "เลือก" button, so names longer than a button label (20 characters) are readable.
	 */
	public static List<FlexBubble> choices(String title, String intro, List<Choice> choices, int perBubble) {
		List<FlexBubble> bubbles = new ArrayList<>();
		int pages = Math.max(1, (choices.size() + perBubble - 1) / perBubble);
		for (int page = 0; page < pages && page < MAX_BUBBLES; page++) {
			List<FlexComponent> rows = new ArrayList<>();
			if (page == 0 && intro != null && !intro.isEmpty()) {
				rows.add(coloured(intro, "sm", "#555555"));
			}
			List<Choice> slice = choices.subList(page * perBubble, Math.min(choices.size(), (page + 1) * perBubble));
			for (Choice c : slice) {
				if (!rows.isEmpty()) {
					rows.add(separator());
				}
				List<FlexComponent> words = new ArrayList<>();
				words.add(bold(c.title(), "sm"));
				if (c.subtitle() != null && !c.subtitle().isEmpty()) {
					words.add(coloured(c.subtitle(), "xxs", GREY));
				}
				FlexBox name = new FlexBox.Builder(FlexBox.Layout.VERTICAL, words).flex(1).build();
				FlexButton pick = new FlexButton.Builder(c.action()).style(FlexButton.Style.SECONDARY)
					.height(FlexButton.Height.SM)
					.flex(0)
					.gravity(FlexButton.Gravity.CENTER)
					.build();
				rows.add(new FlexBox.Builder(FlexBox.Layout.HORIZONTAL, List.of(name, pick)).spacing("md")
					.margin("md")
					.alignItems(FlexBox.AlignItems.CENTER)
					.build());
			}
			String head = pages > 1 ? title + " (" + (page + 1) + "/" + Math.min(pages, MAX_BUBBLES) + ")" : title;
			bubbles.add(bubble(header(head, null), vbox(rows, "sm"), null));
		}
		return bubbles;
	}

	/**
	 * Bubbles as Flex messages: one carousel while it fits (12 bubbles, 50 KB), else more, at most
	 * {@code maxMessages}; quick replies go on the last message (LINE shows only the last one's).
	 */
	public static List<Message> messages(String altText, List<FlexBubble> bubbles, List<? extends Action> quickReplies,
			int maxMessages) {
		List<List<FlexBubble>> groups = new ArrayList<>();
		List<FlexBubble> current = new ArrayList<>();
		int size = 0;
		for (FlexBubble b : bubbles) {
			int bytes = bytes(b);
			if (!current.isEmpty() && (current.size() >= MAX_BUBBLES || size + bytes > MAX_CAROUSEL_BYTES)) {
				groups.add(current);
				current = new ArrayList<>();
				size = 0;
			}
			current.add(b);
			size += bytes;
		}
		if (!current.isEmpty()) {
			groups.add(current);
		}
		List<Message> out = new ArrayList<>();
		for (int i = 0; i < groups.size() && i < maxMessages; i++) {
			List<FlexBubble> g = groups.get(i);
			FlexContainer container = g.size() == 1 ? g.get(0) : new FlexCarousel(g);
			boolean last = i == groups.size() - 1 || i == maxMessages - 1;
			out.add(flex(altText, container, last ? quickReplies : List.of()));
		}
		return out;
	}

	public static FlexMessage flex(String altText, FlexContainer container, List<? extends Action> quickReplies) {
		FlexMessage.Builder b = new FlexMessage.Builder(Messages.fit(altText, MAX_ALT_TEXT), container);
		if (!quickReplies.isEmpty()) {
			List<QuickReplyItem> items = new ArrayList<>();
			for (Action a : quickReplies.subList(0, Math.min(Messages.MAX_QUICK_REPLIES, quickReplies.size()))) {
				items.add(new QuickReplyItem(a));
			}
			b.quickReply(new QuickReply(items));
		}
		return b.build();
	}

	public static int bytes(Object flex) {
		try {
			return JSON.writeValueAsString(flex).getBytes(StandardCharsets.UTF_8).length;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
