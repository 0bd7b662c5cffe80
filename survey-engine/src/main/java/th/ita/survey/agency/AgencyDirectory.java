package th.ita.survey.agency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;

/**
 * The agencies the bot serves. The agencies file seeds the database: agencies missing from it are
 * added on start; ones already there keep what admins changed (access codes, headcounts).
 * <p>
 * Every chat message needs its agency, and agencies change a few times a year: with a cache time,
 * lookups read a copy of all agencies taken at most that long ago (a change made by another
 * process, such as the {@code agency} admin command, shows after it; one made here at once).
 */
public class AgencyDirectory {

	private static final Logger log = LoggerFactory.getLogger(AgencyDirectory.class);

	private final AgencyRepository agencies;

	private final Clock clock;

	private final Duration cacheFor;

	private volatile Snapshot snapshot;

	private record Snapshot(Map<String, Agency> byCode, List<Agency> all, Instant until) {
	}

	/** Reads the database on every lookup. */
	public AgencyDirectory(AgencyRepository agencies) {
		this(agencies, Clock.systemUTC(), Duration.ZERO);
	}

	public AgencyDirectory(AgencyRepository agencies, Clock clock, Duration cacheFor) {
		this.agencies = agencies;
		this.clock = clock;
		this.cacheFor = cacheFor;
	}

	private Snapshot snapshot() {
		Snapshot s = snapshot;
		Instant now = clock.instant();
		if (s == null || !now.isBefore(s.until())) {
			List<Agency> all = agencies.findAll().stream().sorted(Comparator.comparing(Agency::code)).toList();
			Map<String, Agency> byCode = new HashMap<>();
			all.forEach(a -> byCode.put(a.code(), a));
			s = new Snapshot(byCode, all, now.plus(cacheFor));
			snapshot = s;
		}
		return s;
	}

	public int importMissing(Resource file) {
		try (InputStream in = file.getInputStream()) {
			JsonNode root = new ObjectMapper().readTree(in);
			int added = 0;
			for (JsonNode a : root.get("agencies")) {
				Agency agency = new Agency(a.get("code").asText(), a.get("name").asText(), a.path("iitAccessCode").asText(null),
						a.hasNonNull("headcount") ? a.get("headcount").asInt() : null,
						a.hasNonNull("expectedUsers") ? a.get("expectedUsers").asInt() : null);
				if (!agencies.existsById(agency.code())) {
					agencies.save(agency);
					added++;
				}
			}
			snapshot = null;
			log.info("Agencies file {}: {} added, {} in the database", file.getFilename(), added, agencies.count());
			return added;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read agencies file " + file, ex);
		}
	}

	public Optional<Agency> find(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		if (cacheFor.isZero()) {
			return agencies.findById(Agency.normalize(code));
		}
		return Optional.ofNullable(snapshot().byCode().get(Agency.normalize(code)));
	}

	public List<Agency> all() {
		if (cacheFor.isZero()) {
			return agencies.findAll().stream().sorted(Comparator.comparing(Agency::code)).toList();
		}
		return snapshot().all();
	}

	/**
	 * Agencies whose code or name holds every word of the query ("สาธารณสุข ภูเก็ต", "PKT"), spaces
	 * and case ignored: an exact code first, then codes and names that begin with the query, then
	 * the rest by name. Hundreds of agencies whose names share their first 20 characters stay apart.
	 */
	public List<Agency> search(String query, int limit) {
		List<String> words = java.util.Arrays.stream(query == null ? new String[0] : query.trim().split("\\s+"))
			.map(AgencyDirectory::squeeze)
			.filter(w -> !w.isEmpty())
			.toList();
		if (words.isEmpty()) {
			return List.of();
		}
		String whole = String.join("", words);
		return all().stream()
			.filter(a -> words.stream().allMatch(w -> squeeze(a.code()).contains(w) || squeeze(a.name()).contains(w)))
			.sorted(Comparator.comparingInt((Agency a) -> rank(a, whole)).thenComparing(Agency::name).thenComparing(Agency::code))
			.limit(Math.max(0, limit))
			.toList();
	}

	/** How many agencies {@link #search} finds, for "showing 50 of 73". */
	public int count(String query) {
		return search(query, Integer.MAX_VALUE).size();
	}

	private static int rank(Agency a, String query) {
		String code = squeeze(a.code());
		String name = squeeze(a.name());
		if (code.equals(query)) {
			return 0;
		}
		if (code.startsWith(query)) {
			return 1;
		}
		if (name.equals(query)) {
			return 2;
		}
		if (name.startsWith(query)) {
			return 3;
		}
		return name.contains(query) ? 4 : 5; // words found in that order before words found apart
	}

	private static String squeeze(String s) {
		return s == null ? "" : s.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
	}

	public Agency save(Agency agency) {
		Agency saved = agencies.save(agency);
		snapshot = null;
		return saved;
	}
}
