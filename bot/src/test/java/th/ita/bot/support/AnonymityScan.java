package th.ita.bot.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.bson.Document;
import org.bson.types.Binary;

import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.survey.anonymity.Pseudonyms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads every document of the complaint and opinion collections (photo bytes included) and fails
 * if any holds a LINE userId, or any pseudonym of the given users (every purpose, and the daily
 * rate-limit keys of the application's today).
 */
public record AnonymityScan(MongoTemplate mongo, Pseudonyms pseudonyms, TestClock clock) {

	/** Collections the anonymous channel writes, apart from the rate-limit counters. */
	public static final List<String> COLLECTIONS = List.of("complaints", "opinions", "complaint_photos.files",
			"complaint_photos.chunks", "complaint_counters", "complaint_drafts");

	private static final Pattern LINE_USER_ID = Pattern.compile("U[0-9a-f]{32}");

	/** Returns how many documents were read. */
	public int assertNoTraceOf(Collection<String> userIds) {
		LocalDate today = clock.today();
		List<String> traces = new ArrayList<>();
		for (String userId : userIds) {
			traces.add(userId);
			for (Pseudonyms.Purpose purpose : Pseudonyms.Purpose.values()) {
				traces.add(pseudonyms.of(purpose, userId));
			}
			for (String action : List.of("COMPLAINT", "OPINION", "ADDITION", "WRONG_CODE")) {
				traces.add(pseudonyms.of(Pseudonyms.Purpose.RATE_LIMIT, userId, action, today.toString()));
			}
		}
		int read = 0;
		for (String collection : COLLECTIONS) {
			for (Document d : mongo.getCollection(collection).find()) {
				String text = d.toJson() + binaries(d);
				assertThat(LINE_USER_ID.matcher(text).find()).as("a LINE userId in %s", collection).isFalse();
				for (String t : traces) {
					assertThat(text).as("%s holds a userId or a pseudonym of it", collection).doesNotContain(t);
				}
				read++;
			}
		}
		// the counters may hold their own keys (that is what they are), and nothing else
		for (Document d : mongo.getCollection("rate_limits").find()) {
			assertThat(d.keySet()).containsExactlyInAnyOrder("_id", "v", "entries", "expiresAt");
			d.getList("entries", Document.class).forEach(e -> assertThat(e.keySet()).containsExactly("k", "n"));
		}
		return read;
	}

	private static String binaries(Document d) {
		StringBuilder sb = new StringBuilder();
		for (Object v : d.values()) {
			if (v instanceof Binary b) {
				sb.append(new String(b.getData(), StandardCharsets.ISO_8859_1));
			}
		}
		return sb.toString();
	}
}
