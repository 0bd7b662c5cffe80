package th.ita.survey.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Registers staff with one-time codes that an admin issues. A code is random, easy to type (8
 * letters and digits without look-alikes such as 0/O and 1/I/L, shown as {@code ABCD-EFGH}), stored
 * only as a hash, expires, and works once: it is redeemed by an atomic find-and-delete, so two
 * messages handled at once cannot both use it. Each person may try a limited number of codes a
 * day, counted before the code is looked at.
 */
public class StaffRegistration {

	private static final Logger log = LoggerFactory.getLogger(StaffRegistration.class);

	public static final Duration DEFAULT_VALIDITY = Duration.ofHours(72);

	public static final int DEFAULT_ATTEMPTS_PER_DAY = 10;

	static final String ATTEMPTS = "staff_code_attempts";

	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	static final int LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MongoTemplate mongo;

	private final StaffDirectory staff;

	private final Clock clock;

	private final int attemptsPerDay;

	public StaffRegistration(MongoTemplate mongo, StaffDirectory staff, Clock clock) {
		this(mongo, staff, clock, DEFAULT_ATTEMPTS_PER_DAY);
	}

	public StaffRegistration(MongoTemplate mongo, StaffDirectory staff, Clock clock, int attemptsPerDay) {
		this.mongo = mongo;
		this.staff = staff;
		this.clock = clock;
		this.attemptsPerDay = attemptsPerDay;
	}

	/** A new code as the admin hands it out; it is shown once and stored only as a hash. */
	public record IssuedCode(String code, String agency, Set<StaffMember.Role> roles, Instant expiresAt) {
	}

	/** A live code as an admin lists it: the first characters of its hash name it, never the code. */
	public record PendingCode(String ref, String agency, Set<StaffMember.Role> roles, Instant expiresAt) {
	}

	/** How a registration attempt ended. */
	public sealed interface Outcome {

		record Registered(StaffMember member) implements Outcome {
		}

		/** Unknown, used or expired: one answer for all three, so codes cannot be probed. */
		record Refused() implements Outcome {
		}

		/** The person used up today's attempts; the code was not looked at. */
		record TooManyAttempts(int limit) implements Outcome {
		}
	}

	public IssuedCode issue(String agency, Set<StaffMember.Role> roles, Duration validity) {
		return issue(agency, roles, validity, null, false);
	}

	public IssuedCode issue(String agency, Set<StaffMember.Role> roles, Duration validity, String issuedBy) {
		return issue(agency, roles, validity, issuedBy, false);
	}

	private IssuedCode issue(String agency, Set<StaffMember.Role> roles, Duration validity, String issuedBy,
			boolean bootstrap) {
		if (validity.isNegative() || validity.isZero()) {
			throw new IllegalArgumentException("validity must be positive");
		}
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("a code grants at least one role");
		}
		Instant now = clock.instant();
		Instant expires = now.plus(validity);
		for (;;) {
			String code = randomCode();
			try {
				mongo.insert(new RegistrationCode(hash(code), agency, roles, now, expires, issuedBy, bootstrap));
				return new IssuedCode(code.substring(0, 4) + "-" + code.substring(4), agency, EnumSet.copyOf(roles), expires);
			}
			catch (DuplicateKeyException taken) {
				// the same code is live already (one chance in 10^11): draw another
			}
		}
	}

	/**
	 * While no province admin exists: a new one-time code that makes one (the previous start's code
	 * stops working), valid until used. Empty once a province admin is registered.
	 */
	public Optional<IssuedCode> bootstrap(String agency) {
		mongo.remove(Query.query(Criteria.where("bootstrap").is(true)), RegistrationCode.class);
		if (staff.anyProvinceAdmin()) {
			return Optional.empty();
		}
		return Optional.of(issue(agency, EnumSet.of(StaffMember.Role.PROVINCE_ADMIN),
				Duration.ofDays(3650), null, true));
	}

	/** Whether a code is still waiting to be used (the try page shows the bootstrap code until then). */
	public boolean isLive(String typedCode) {
		String code = normalize(typedCode);
		return mongo.exists(Query.query(Criteria.where("_id").is(hash(code)).and("expiresAt").gt(clock.instant())),
				RegistrationCode.class);
	}

	/**
	 * Makes the sender staff with the code's roles if the code is live and the sender has attempts
	 * left today; the code is gone afterwards. A member who registers again in the same agency (or a
	 * province admin) keeps their roles and gains the new ones; in another agency they start anew.
	 */
	public Outcome register(String userId, String typedCode) {
		String staffKey = staff.staffKey(userId);
		if (!countAttempt(staffKey)) {
			return new Outcome.TooManyAttempts(attemptsPerDay);
		}
		String code = normalize(typedCode);
		if (code.length() != LENGTH) {
			return new Outcome.Refused();
		}
		Query live = Query.query(Criteria.where("_id").is(hash(code)).and("expiresAt").gt(clock.instant()));
		RegistrationCode used = mongo.findAndRemove(live, RegistrationCode.class);
		if (used == null) {
			return new Outcome.Refused();
		}
		Set<StaffMember.Role> roles = EnumSet.copyOf(used.roles());
		String agency = used.agency();
		Optional<StaffMember> before = staff.findByKey(staffKey);
		if (before.isPresent() && (before.get().agency().equals(agency) || before.get().provinceAdmin())) {
			roles.addAll(before.get().roles());
			agency = before.get().agency();
		}
		StaffMember member = staff.save(new StaffMember(staffKey, agency, roles, LocalDate.now(clock)));
		log.info("Staff registered for agency {} as {}", agency, roles);
		return new Outcome.Registered(member);
	}

	/**
	 * One attempt more for today, if the limit allows: the day's counter is created if missing, then
	 * one {@code $inc} matches only while the count is below the limit, so attempts at once (on any
	 * number of instances) cannot together exceed it.
	 */
	boolean countAttempt(String staffKey) {
		LocalDate today = LocalDate.now(clock);
		Query day = Query.query(Criteria.where("_id").is(hash(staffKey + "\u001f" + today)));
		Instant forget = today.plusDays(2).atStartOfDay(clock.getZone()).toInstant();
		mongo.upsert(day, new Update().setOnInsert("count", 0).setOnInsert("expiresAt", java.util.Date.from(forget)), ATTEMPTS);
		return mongo.updateFirst(day.addCriteria(Criteria.where("count").lt(attemptsPerDay)), new Update().inc("count", 1), ATTEMPTS)
			.getModifiedCount() == 1;
	}

	/** Codes waiting to be used in an agency (null: all agencies), soonest to expire first. */
	public List<PendingCode> pending(String agency) {
		Criteria c = Criteria.where("expiresAt").gt(clock.instant()).and("bootstrap").ne(true);
		if (agency != null) {
			c = c.and("agency").is(agency);
		}
		return mongo.find(Query.query(c).with(Sort.by("expiresAt")).limit(50), RegistrationCode.class)
			.stream()
			.map(r -> new PendingCode(r.id().substring(0, 6).toUpperCase(Locale.ROOT), r.agency(), r.roles(),
					r.expiresAt()))
			.toList();
	}

	/**
	 * Revokes a live code, named by the code itself or by the reference {@link #pending} shows, if it
	 * belongs to an agency the admin manages. The revoked code's agency, or empty.
	 */
	public Optional<String> revoke(StaffMember admin, String codeOrRef) {
		String typed = normalize(codeOrRef);
		Criteria byCode = Criteria.where("_id").is(hash(typed));
		Criteria byRef = typed.length() == 6 ? Criteria.where("_id").regex("^" + typed.toLowerCase(Locale.ROOT))
				: byCode;
		for (Criteria c : List.of(byCode, byRef)) {
			for (RegistrationCode r : mongo.find(Query.query(c).limit(2), RegistrationCode.class)) {
				if (!r.bootstrap() && admin.may(StaffMember.Role.AGENCY_ADMIN, r.agency())) {
					mongo.remove(Query.query(Criteria.where("_id").is(r.id())), RegistrationCode.class);
					return Optional.of(r.agency());
				}
			}
		}
		return Optional.empty();
	}

	/** Deletes expired codes and old attempt counters (the embedded server never expires documents). */
	public long forgetExpired() {
		Instant now = clock.instant();
		mongo.remove(Query.query(Criteria.where("expiresAt").lte(java.util.Date.from(now))), ATTEMPTS);
		return mongo.remove(Query.query(Criteria.where("expiresAt").lte(now)), RegistrationCode.class)
			.getDeletedCount();
	}

	public void createIndexes() {
		mongo.indexOps(RegistrationCode.class)
			.createIndex(new Index("expiresAt", Sort.Direction.ASC).named("expiry_ttl").expire(Duration.ZERO));
		mongo.indexOps(ATTEMPTS)
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
