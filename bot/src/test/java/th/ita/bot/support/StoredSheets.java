package th.ita.bot.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Answer sheets as the bot stores them: elements of bucket documents in "responses" (see the survey
 * engine's ResponseBuckets), each {k, on, answers}. Tests read them here instead of counting documents.
 */
public final class StoredSheets {

	private StoredSheets() {
	}

	/** The sheets in the buckets matching {@code filter} (e.g. {tool: "EIT", agency: "PKT"}). */
	public static List<Document> of(MongoTemplate mongo, Document filter) {
		List<Document> out = new ArrayList<>();
		for (Document bucket : mongo.getCollection("responses").find(filter)) {
			List<Document> sheets = bucket.getList("sheets", Document.class);
			if (sheets != null) {
				out.addAll(sheets);
			}
		}
		return out;
	}

	public static long count(MongoTemplate mongo, Document filter) {
		return of(mongo, filter).size();
	}

	/** The one sheet stored since {@code before} was read (sheets carry no order: found by key). */
	public static Document newest(List<Document> before, List<Document> after) {
		Set<Object> known = new java.util.HashSet<>(before.stream().map(d -> d.get("k")).toList());
		List<Document> added = after.stream().filter(d -> !known.contains(d.get("k"))).toList();
		if (added.size() != 1) {
			throw new AssertionError(added.size() + " new sheets, expected 1");
		}
		return added.get(0);
	}
}
