package th.ita.bot.line;

/**
 * LINE's "typing" animation in a one-to-one chat, for anything that may take more than a second
 * (reports, photos, recounts): the person sees the bot is at work. It stops by itself when the
 * reply arrives or the time is up. Group chats have no such animation: call it only with the
 * userId of a one-to-one chat.
 */
public interface LoadingIndicator {

	/** Shows the animation for about {@code seconds} (5 to 60; LINE takes multiples of 5). Never throws. */
	void show(String userId, int seconds);

	/** LINE accepts 5..60 in steps of 5: round up, within those bounds. */
	static int lineSeconds(int seconds) {
		int s = Math.max(5, Math.min(60, seconds));
		return (s + 4) / 5 * 5;
	}
}
