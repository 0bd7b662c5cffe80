package th.ita.bot.line;

import java.util.ArrayList;
import java.util.List;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TextMessage;

/** Small builders for LINE messages within the platform's limits. */
public final class Messages {

	public static final int MAX_TEXT = 5000;

	public static final int MAX_LABEL = 20;

	public static final int MAX_QUICK_REPLIES = 13;

	private Messages() {
	}

	public static TextMessage text(String text) {
		return new TextMessage(fit(text, MAX_TEXT));
	}

	public static TextMessage text(String text, List<? extends Action> quickReplies) {
		List<QuickReplyItem> items = new ArrayList<>();
		for (Action a : quickReplies.subList(0, Math.min(MAX_QUICK_REPLIES, quickReplies.size()))) {
			items.add(new QuickReplyItem(a));
		}
		return new TextMessage.Builder(fit(text, MAX_TEXT)).quickReply(new QuickReply(items)).build();
	}

	/** A button whose tap comes back as a postback; shows {@code displayText} in the chat as if typed. */
	public static PostbackAction postback(String label, String data, String displayText) {
		return new PostbackAction.Builder().label(fit(label, MAX_LABEL))
			.data(data)
			.displayText(displayText == null ? null : fit(displayText, 300))
			.build();
	}

	/** A button that sends a text as if the person typed it. */
	public static MessageAction say(String label, String text) {
		return new MessageAction.Builder().label(fit(label, MAX_LABEL)).text(text).build();
	}

	public static String fit(String s, int max) {
		if (s == null) {
			return "";
		}
		if (s.codePointCount(0, s.length()) <= max) {
			return s;
		}
		int end = s.offsetByCodePoints(0, max - 1);
		return s.substring(0, end) + "…";
	}
}
