package th.ita.survey.conversation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last saved state of recently active sessions, so that a tap costs one database write
 * instead of a read and a write (the read was a third of the bot's database work under load).
 * <p>
 * Never trusted on its own: a change made from a cached session is saved with its version, so a
 * session another instance has moved on fails the save and is read again; an answer that changes
 * nothing is worked out again from the database (see {@link SurveyService#handle}). Entries are
 * copies both ways, so concurrent messages of one person never share a mutable session. Bounded,
 * least recently used out first; size 0 turns it off.
 */
final class SessionCache {

	/** What a look-up found: a private copy to work on, and the entry it came from. */
	record Hit(SurveySession session, Object entry) {
	}

	private final int size;

	private final Map<String, SurveySession> entries;

	SessionCache(int size) {
		this.size = size;
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, SurveySession> eldest) {
				return size() > SessionCache.this.size;
			}
		};
	}

	boolean enabled() {
		return size > 0;
	}

	synchronized Hit get(String key) {
		SurveySession entry = entries.get(key);
		return entry == null ? null : new Hit(entry.copy(), entry);
	}

	/** Whether the entry a hit came from is still the one held (nothing saved or deleted since). */
	synchronized boolean holds(String key, Object entry) {
		return entries.get(key) == entry;
	}

	synchronized void put(SurveySession saved) {
		if (enabled()) {
			entries.put(saved.getId(), saved.copy());
		}
	}

	synchronized void evict(String key) {
		entries.remove(key);
	}
}
