package th.ita.bot.complaint;

import java.util.Optional;

import th.ita.survey.complaint.Category;
import th.ita.survey.complaint.ComplaintCommand;
import th.ita.survey.complaint.ReceiptCode;

/** Button data of the complaint channel, {@code cp:...}; anything forged parses to nothing. */
final class ComplaintPostbacks {

	static final String PREFIX = "cp:";

	static final String DONE = "cp:done";

	static final String CONFIRM = "cp:confirm";

	static final String CANCEL = "cp:cancel";

	static final String TRACK = "cp:track";

	private ComplaintPostbacks() {
	}

	static String agency(String code) {
		return "cp:agency:" + code;
	}

	static String category(Category category) {
		return "cp:cat:" + category.name();
	}

	static String topic(String id) {
		return "cp:topic:" + (id == null ? "-" : id);
	}

	/** "Add information" carries the code the person typed: no server state links them meanwhile. */
	static String addInfo(ReceiptCode code) {
		return "cp:add:" + code.value();
	}

	static Optional<ComplaintCommand> parse(String data) {
		if (data == null || !data.startsWith(PREFIX) || data.length() > 300) {
			return Optional.empty();
		}
		String[] p = data.split(":", 3);
		String arg = p.length == 3 ? p[2] : null;
		return switch (p[1]) {
			case "agency" -> Optional.ofNullable(arg).map(ComplaintCommand.PickAgency::new);
			case "cat" -> Optional.ofNullable(arg).flatMap(Category::parse).map(ComplaintCommand.PickCategory::new);
			case "topic" -> arg == null ? Optional.empty()
					: Optional.of(new ComplaintCommand.PickTopic("-".equals(arg) ? null : arg));
			case "add" -> Optional.ofNullable(arg).map(ComplaintCommand.AddInfo::new);
			case "done" -> Optional.of(new ComplaintCommand.Done());
			case "confirm" -> Optional.of(new ComplaintCommand.Confirm());
			case "cancel" -> Optional.of(new ComplaintCommand.Cancel());
			case "track" -> Optional.of(new ComplaintCommand.Track(null));
			default -> Optional.empty();
		};
	}
}
