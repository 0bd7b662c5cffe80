package th.ita.survey.staff;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Office screens that show an agency's dashboard for months: each has a random id that its signed
 * link carries (no userId, no pseudonym), and is looked up on every request, so revoking one (the
 * document is deleted) stops its screen at the next refresh.
 */
public class DisplayScreens {

	/** The longest a screen may live; its link's lifetime is capped at verify by the same figure. */
	public static final Duration MAX_LIFETIME = Duration.ofDays(366);

	public static final Duration LIFETIME = Duration.ofDays(365);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MongoTemplate mongo;

	private final Clock clock;

	public DisplayScreens(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** One screen: its agency, the admin's label for it ("จอหน้าห้องประชุม"), and until when it works. */
	@Document("display_screens")
	public record Screen(@Id String id, String agency, String label, LocalDate createdOn, Instant expiresAt) {

		public String shortId() {
			return id.substring(0, 6).toUpperCase(Locale.ROOT);
		}
	}

	public Screen create(String agency, String label) {
		byte[] id = new byte[16];
		RANDOM.nextBytes(id);
		return mongo.insert(new Screen(HexFormat.of().formatHex(id), agency, label, LocalDate.now(clock),
				clock.instant().plus(LIFETIME)));
	}

	/** The screen if it exists and has not expired. */
	public Optional<Screen> live(String id) {
		Screen s = mongo.findById(id, Screen.class);
		return s == null || !s.expiresAt().isAfter(clock.instant()) ? Optional.empty() : Optional.of(s);
	}

	public List<Screen> of(String agency) {
		Query q = agency == null ? new Query() : Query.query(Criteria.where("agency").is(agency));
		return mongo.find(q.with(Sort.by("agency", "createdOn")).limit(50), Screen.class);
	}

	/** The screen whose id starts with the short id typed (six characters at least), if unique. */
	public Optional<Screen> byShortId(String shortId) {
		String prefix = shortId == null ? "" : shortId.trim().toLowerCase(Locale.ROOT);
		if (!prefix.matches("[0-9a-f]{6,32}")) {
			return Optional.empty();
		}
		List<Screen> found = mongo.find(Query.query(Criteria.where("_id").regex("^" + prefix)).limit(2), Screen.class);
		return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
	}

	public boolean revoke(Screen screen) {
		return mongo.remove(Query.query(Criteria.where("_id").is(screen.id())), Screen.class).getDeletedCount() == 1;
	}
}
