package th.ita.bot.line;

import org.springframework.stereotype.Component;

/**
 * The address LINE last called the webhook on (scheme, host, port), for links the bot sends when no
 * public address is configured. Events are handled after the webhook's request has ended, so the
 * request itself is no longer there to ask.
 */
@Component
public class WebhookAddress {

	private volatile String base = "http://localhost:8080";

	public void seen(String base) {
		if (base != null && !base.equals(this.base)) {
			this.base = base;
		}
	}

	public String base() {
		return base;
	}
}
