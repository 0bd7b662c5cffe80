package th.ita.survey.opinion;

import java.util.List;
import java.util.Optional;

import th.ita.scoring.Scheme;

/**
 * What an opinion may be about: one of the instrument's indicators, by id and Thai name, in the
 * instrument's order (IIT, EIT, OIT forms; 1-10 in 2563, any ids in other years).
 */
public record Topic(String id, String name) {

	public static List<Topic> of(Scheme scheme) {
		return scheme.forms()
			.values()
			.stream()
			.flatMap(f -> f.indicators().stream())
			.map(i -> new Topic(i.id(), i.name()))
			.distinct()
			.toList();
	}

	public static Optional<Topic> find(List<Topic> topics, String id) {
		return topics.stream().filter(t -> t.id().equals(id)).findFirst();
	}
}
