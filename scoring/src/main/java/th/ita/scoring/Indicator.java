package th.ita.scoring;

import java.util.List;

/**
 * An ITA indicator (1-10). IIT/EIT indicators hold questions; OIT indicators hold sub-indicators
 * (9.1 ... 10.2), which hold the checklist questions. {@code guidance} is what the agency must fix
 * or improve when the indicator is weak (the seed report's "ประเด็นที่ต้องแก้ไข/ปรับปรุง"), empty if
 * the instrument gives none.
 */
public record Indicator(String id, String name, List<Question> questions, List<SubIndicator> subindicators,
		String guidance) {

	public Indicator {
		questions = List.copyOf(questions);
		subindicators = List.copyOf(subindicators);
		guidance = guidance == null ? "" : guidance;
	}

	public Indicator(String id, String name, List<Question> questions, List<SubIndicator> subindicators) {
		this(id, name, questions, subindicators, "");
	}

	public record SubIndicator(String id, String name, List<Question> questions) {

		public SubIndicator {
			questions = List.copyOf(questions);
		}
	}

	/** All questions, through sub-indicators where there are some. */
	public List<Question> allQuestions() {
		if (subindicators.isEmpty()) {
			return questions;
		}
		return subindicators.stream().flatMap(s -> s.questions().stream()).toList();
	}
}
