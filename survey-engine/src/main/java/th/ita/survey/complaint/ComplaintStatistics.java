package th.ita.survey.complaint;

import java.util.EnumMap;
import java.util.Map;

/**
 * Complaints of a fiscal year by category and status: what OIT o31 asks an agency to publish.
 * {@code agency} is null for all agencies together.
 */
public record ComplaintStatistics(String agency, int fiscalYear, Map<Category, Map<ComplaintStatus, Long>> counts) {

	public ComplaintStatistics {
		Map<Category, Map<ComplaintStatus, Long>> full = new EnumMap<>(Category.class);
		for (Category c : Category.values()) {
			Map<ComplaintStatus, Long> row = new EnumMap<>(ComplaintStatus.class);
			for (ComplaintStatus s : ComplaintStatus.values()) {
				row.put(s, counts.getOrDefault(c, Map.of()).getOrDefault(s, 0L));
			}
			full.put(c, row);
		}
		counts = full;
	}

	public long count(Category category, ComplaintStatus status) {
		return counts.get(category).get(status);
	}

	public long total(Category category) {
		return counts.get(category).values().stream().mapToLong(Long::longValue).sum();
	}

	public long total(ComplaintStatus status) {
		return counts.values().stream().mapToLong(row -> row.get(status)).sum();
	}

	public long total() {
		return counts.values().stream().flatMap(row -> row.values().stream()).mapToLong(Long::longValue).sum();
	}
}
