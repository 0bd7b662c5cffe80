package th.ita.survey.conversation;

/** One answer: item id as in the seed ({@code i3.2}) and the option value ({@code "3"}, {@code "no"}). */
public record Answer(String item, String value) {
}
