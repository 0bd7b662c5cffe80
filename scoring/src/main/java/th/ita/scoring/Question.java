package th.ita.scoring;

import java.util.List;

/**
 * A question as the seed prints it: a stem and one or more items. For OIT, {@code group} is the
 * heading it sits under and {@code detail} what must be published.
 */
public record Question(String id, String text, String detail, String group, List<Item> items) {

	public Question {
		items = List.copyOf(items);
	}
}
