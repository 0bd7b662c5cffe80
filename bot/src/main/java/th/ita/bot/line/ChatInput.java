package th.ita.bot.line;

/**
 * One thing a person sent, reduced from a LINE webhook event: typed text, a button's postback
 * data, or another kind of message (sticker, image, location...). {@code messageId} is set for
 * media whose content can be downloaded.
 */
public record ChatInput(String userId, Kind kind, String text, String messageId) {

	public enum Kind {
		TEXT, POSTBACK, IMAGE, OTHER, FOLLOW
	}

	public static ChatInput text(String userId, String text) {
		return new ChatInput(userId, Kind.TEXT, text == null ? "" : text.trim(), null);
	}

	public static ChatInput postback(String userId, String data) {
		return new ChatInput(userId, Kind.POSTBACK, data == null ? "" : data, null);
	}

	public boolean isText() {
		return kind == Kind.TEXT;
	}

	public boolean isPostback() {
		return kind == Kind.POSTBACK;
	}

	/** The first word of a text, upper-cased for matching English aliases. */
	public String firstWord() {
		String t = text == null ? "" : text.trim();
		int space = t.indexOf(' ');
		return (space < 0 ? t : t.substring(0, space)).toUpperCase(java.util.Locale.ROOT);
	}

	/** What follows the first word. */
	public String rest() {
		String t = text == null ? "" : text.trim();
		int space = t.indexOf(' ');
		return space < 0 ? "" : t.substring(space + 1).trim();
	}
}
