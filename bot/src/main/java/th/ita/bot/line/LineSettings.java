package th.ita.bot.line;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The LINE side's own settings ({@code ita.line.*}); the channel's are the SDK's {@code line.bot.*}.
 *
 * @param basicId the bot's LINE ID (with or without "@"), for the add-friend link and QR code
 * @param concurrentReplies replies in flight to the Messaging API at once
 * @param maxPendingReplies replies waiting for a free slot; beyond this they are dropped (logged)
 */
@ConfigurationProperties("ita.line")
public record LineSettings(String basicId, Integer concurrentReplies, Integer maxPendingReplies) {

	public LineSettings {
		basicId = basicId == null ? "" : basicId.trim();
		concurrentReplies = concurrentReplies == null ? 64 : concurrentReplies;
		maxPendingReplies = maxPendingReplies == null ? 10_000 : maxPendingReplies;
		if (concurrentReplies < 1 || maxPendingReplies < 1) {
			throw new IllegalArgumentException("ita.line.concurrent-replies and max-pending-replies must be at least 1");
		}
	}
}
