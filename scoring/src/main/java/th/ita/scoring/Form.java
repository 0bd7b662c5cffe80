package th.ita.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One tool's questionnaire, loaded from its data file (one file per form). */
public record Form(Tool tool, String title, List<Indicator> indicators, Map<String, Item> itemsById,
		Map<String, Question> questionsById) {

	public Form(Tool tool, String title, List<Indicator> indicators) {
		this(tool, title, List.copyOf(indicators), index(indicators), questions(indicators));
	}

	private static Map<String, Item> index(List<Indicator> indicators) {
		Map<String, Item> items = new LinkedHashMap<>();
		for (Indicator indicator : indicators) {
			for (Question q : indicator.allQuestions()) {
				for (Item item : q.items()) {
					if (items.put(item.id(), item) != null) {
						throw new IllegalArgumentException("duplicate item id " + item.id());
					}
				}
			}
		}
		return java.util.Collections.unmodifiableMap(items);
	}

	private static Map<String, Question> questions(List<Indicator> indicators) {
		Map<String, Question> questions = new LinkedHashMap<>();
		indicators.forEach(i -> i.allQuestions().forEach(q -> questions.put(q.id(), q)));
		return java.util.Collections.unmodifiableMap(questions);
	}

	/** Items in the questionnaire's order: the order a respondent answers them. */
	public List<Item> items() {
		return List.copyOf(itemsById.values());
	}

	public Optional<Item> item(String id) {
		return Optional.ofNullable(itemsById.get(id));
	}

	public Question questionOf(Item item) {
		return questionsById.get(item.questionId());
	}

	public Indicator indicatorOf(Item item) {
		return indicators.stream()
			.filter(i -> i.allQuestions().stream().anyMatch(q -> q.id().equals(item.questionId())))
			.findFirst()
			.orElseThrow();
	}
}
