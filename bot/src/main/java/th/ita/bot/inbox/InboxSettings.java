package th.ita.bot.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The webhook's intake and the inbox workers ({@code ita.inbox.*}).
 * @param maxBody a larger body is refused with 413 before it is read (LINE's are a few KB)
 * @param bytesInFlight bodies being read at once, summed; beyond it 503 (LINE resends)
 * @param readTimeout a body not fully arrived by then is refused (slow uploads hold no thread long)
 * @param lanes worker threads; one person's events always go to the same one, in order
 * @param maxAttempts tries of an event before it is set aside (a crash during handling counts)
 * @param lease how long a claimed entry is another instance's before it may be taken over
 * @param stalledAfter health is DOWN when an entry waits longer than this
 * @param keepHandled how long the id of a handled event is kept to recognise a redelivery
 * @param keepSetAside how long a set-aside entry (kind and error only) stays visible
 * @param outagePause after the database failed, webhooks are answered 503 at once for this long
 */
@ConfigurationProperties("ita.inbox")
public record InboxSettings(Long maxBody, Long bytesInFlight, Duration readTimeout, Integer lanes, Integer maxAttempts,
		Duration lease, Duration stalledAfter, Duration keepHandled, Duration keepSetAside, Duration outagePause) {

	public InboxSettings {
		maxBody = maxBody == null ? 1024 * 1024 : maxBody;
		bytesInFlight = bytesInFlight == null ? 32L * 1024 * 1024 : bytesInFlight;
		readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
		lanes = lanes == null ? 8 : lanes;
		maxAttempts = maxAttempts == null ? 3 : maxAttempts;
		lease = lease == null ? Duration.ofMinutes(5) : lease;
		stalledAfter = stalledAfter == null ? Duration.ofMinutes(2) : stalledAfter;
		keepHandled = keepHandled == null ? Duration.ofDays(3) : keepHandled;
		keepSetAside = keepSetAside == null ? Duration.ofDays(30) : keepSetAside;
		outagePause = outagePause == null ? Duration.ofSeconds(1) : outagePause;
	}

	public static InboxSettings defaults() {
		return new InboxSettings(null, null, null, null, null, null, null, null, null, null);
	}
}
