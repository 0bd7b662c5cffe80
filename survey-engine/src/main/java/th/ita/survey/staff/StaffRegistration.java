package th.ita.survey.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Registers staff with one-time codes that an admin creates on the command line. A code is random,
 * easy to type (8 letters and digits without look-alikes such as 0/O and 1/I/L, shown as
 * {@code ABCD-EFGH}), stored only as a hash, expires, and works once: it is redeemed by an atomic
 * find-and-delete, so two bot instances handling two messages at once cannot both use it.
 */
public class StaffRegistration {

	private static final Logger log = LoggerFactory.getLogger(StaffRegistration.class);

	public static final Duration DEFAULT_VALIDITY = Duration.ofHours(72);

	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	static final int LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MongoTemplate mongo;

	private final StaffDirectory staff;

	private final Clock clock;

	public StaffRegistration(MongoTemplate mongo, StaffDirectory staff, Clock clock) {
		this.mongo = mongo;
		this.staff = staff;
		this.clock = clock;
	}

	/** A new code as the admin hands it out; it is shown once and stored only as a hash. */
	public record IssuedCode(String code, String agency, StaffMember.Role role, Instant expiresAt) {
	}

	public IssuedCode issue(String agency, StaffMember.Role role, Duration validity) {
		if (validity.isNegative() || validity.isZero()) {
			throw new IllegalArgumentException("validity must be positive");
		}
		Instant now = clock.instant();
		for (;;) {
			String code = randomCode();
			try {
				mongo.insert(new RegistrationCode(hash(code), agency, role, now, now.plus(validity)));
				return new IssuedCode(code.substring(0, 4) + "-" + code.substring(4), agency, role, now.plus(validity));
			}
			catch (DuplicateKeyException taken) {
				// the same code is live already (one chance in 10^11): draw another
			}
		}
	}

	/**
	 * Makes the sender staff of the code's agency if the code is live; the code is gone afterwards.
	 * Empty when the code is unknown, used or expired (the person is told the same in each case).
	 */
	public Optional<StaffMember> register(String userId, String typedCode) {
		String code = normalize(typedCode);
		if (code.length() != LENGTH) {
			return Optional.empty();
		}
		Query live = Query.query(Criteria.where("_id").is(hash(code)).and("expiresAt").gt(clock.instant()));
		RegistrationCode used = mongo.findAndRemove(live, RegistrationCode.class);
		if (used == null) {
			return Optional.empty();
		}
		StaffMember member = staff.save(new StaffMember(staff.staffKey(userId), used.agency(), used.role(),
				LocalDate.now(clock)));
		log.info("Staff registered for agency {} as {}", used.agency(), used.role());
		return Optional.of(member);
	}

	/** Deletes expired codes (a TTL index does it on MongoDB; the embedded server never expires documents). */
	public long forgetExpired() {
		return mongo.remove(Query.query(Criteria.where("expiresAt").lte(clock.instant())), RegistrationCode.class)
			.getDeletedCount();
	}

	public void createIndexes() {
		mongo.indexOps(RegistrationCode.class)
			.createIndex(new Index("expiresAt", Sort.Direction.ASC).named("expiry_ttl").expire(Duration.ZERO));
	}

	/** Upper case without spaces or dashes: "abcd efgh" and "ABCD-EFGH" are the same code. */
	static String normalize(String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

	static String hash(String normalizedCode) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(normalizedCode.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String randomCode() {
		StringBuilder sb = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return sb.toString();
	}
}
