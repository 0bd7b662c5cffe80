package th.ita.survey.opinion;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import th.ita.scoring.Scheme;

/** What an opinion may be about: one of the scheme's indicators (1-10), by id and Thai name. */
public record Topic(String id, String name) {

	public static List<Topic> of(Scheme scheme) {
		return scheme.forms()
			.values()
			.stream()
			.flatMap(f -> f.indicators().stream())
			.map(i -> new Topic(i.id(), i.name()))
			.distinct()
			.sorted(Comparator.comparingInt(t -> Integer.parseInt(t.id())))
			.toList();
	}

	public static Optional<Topic> find(List<Topic> topics, String id) {
		return topics.stream().filter(t -> t.id().equals(id)).findFirst();
	}
}
