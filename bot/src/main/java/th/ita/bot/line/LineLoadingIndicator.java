package th.ita.bot.line;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.ShowLoadingAnimationRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The loading animation through the SDK's {@code showLoadingAnimation}
 * ({@code POST /v2/bot/chat/loading/start}). Sent without waiting: a slow or failed call must not
 * delay the work it announces.
 */
@Component
class LineLoadingIndicator implements LoadingIndicator {

	private static final Logger log = LoggerFactory.getLogger(LineLoadingIndicator.class);

	private final MessagingApiClient client;

	LineLoadingIndicator(MessagingApiClient client) {
		this.client = client;
	}

	@Override
	public void show(String userId, int seconds) {
		if (userId == null || !userId.startsWith("U")) {
			return; // only people in one-to-one chats (group and room ids start with C and R)
		}
		try {
			client.showLoadingAnimation(new ShowLoadingAnimationRequest(userId, LoadingIndicator.lineSeconds(seconds)))
				.whenComplete((result, failure) -> {
					if (failure != null) {
						log.debug("Loading animation not shown: {}", failure.toString());
					}
				});
		}
		catch (RuntimeException ex) {
			log.debug("Loading animation not shown: {}", ex.toString());
		}
	}
}
