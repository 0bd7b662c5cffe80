package th.ita.scoring;

import java.util.List;

/**
 * An ITA indicator (1-10). IIT/EIT indicators hold questions; OIT indicators hold sub-indicators
 * (9.1 ... 10.2), which hold the checklist questions.
 */
public record Indicator(String id, String name, List<Question> questions, List<SubIndicator> subindicators) {

	public Indicator {
		questions = List.copyOf(questions);
		subindicators = List.copyOf(subindicators);
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
