package th.ita.survey.complaint;

/** What a person asks of the anonymous channel, parsed by the bot from text or button data. */
public sealed interface ComplaintCommand {

	/** "ร้องเรียน", optionally with the agency code ("ร้องเรียน PKT" from a poster's QR code). */
	record StartComplaint(String agency) implements ComplaintCommand {
	}

	record StartOpinion(String agency) implements ComplaintCommand {
	}

	/** "ติดตาม CODE"; without a code the bot asks for it. */
	record Track(String code) implements ComplaintCommand {
	}

	/** From the status view: add information to the complaint with this code. */
	record AddInfo(String code) implements ComplaintCommand {
	}

	record PickAgency(String agency) implements ComplaintCommand {
	}

	record PickCategory(Category category) implements ComplaintCommand {
	}

	/** An indicator id, or null for "no particular topic". */
	record PickTopic(String topic) implements ComplaintCommand {
	}

	record Text(String text) implements ComplaintCommand {
	}

	record Photo(PhotoSource source) implements ComplaintCommand {
	}

	/** A sticker, video, file, location...: nothing the channel takes. */
	record Unsupported() implements ComplaintCommand {
	}

	/** Done writing: show the summary (complaint), or finish adding information (follow-up). */
	record Done() implements ComplaintCommand {
	}

	record Confirm() implements ComplaintCommand {
	}

	record Cancel() implements ComplaintCommand {
	}

	/** Show where the person is (after a pause, or when they re-add the bot). */
	record Resume() implements ComplaintCommand {
	}
}
