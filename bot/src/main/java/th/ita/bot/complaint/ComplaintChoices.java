package th.ita.bot.complaint;

import java.util.ArrayList;
import java.util.List;

import th.ita.bot.line.Bubbles;
import th.ita.bot.line.Messages;
import th.ita.survey.agency.Agency;
import th.ita.survey.complaint.Category;
import th.ita.survey.complaint.ComplaintStep;
import th.ita.survey.opinion.Topic;

/**
 * The rows of the channel's choice steps (agency, category, opinion topic) as a list in the
 * message body: full names, a "เลือก" button each, shown on LINE for PC as well as on phones.
 */
final class ComplaintChoices {

	static final int PER_BUBBLE = 6;

	/** Agencies listed at once (5 bubbles of 6 stay well under LINE's 50 KB a message); more are chosen by code. */
	static final int MAX_AGENCIES = 30;

	private ComplaintChoices() {
	}

	/** The rows of a choice step; empty for steps that are no choice. */
	static List<Bubbles.Choice> of(ComplaintStep step) {
		List<Bubbles.Choice> out = new ArrayList<>();
		if (step instanceof ComplaintStep.ChooseAgency c) {
			for (Agency a : c.agencies().subList(0, Math.min(MAX_AGENCIES, c.agencies().size()))) {
				out.add(new Bubbles.Choice(a.name(), "รหัส " + a.code(), Messages.postback("เลือก", ComplaintPostbacks.agency(a.code()), a.name())));
			}
		}
		else if (step instanceof ComplaintStep.ChooseCategory) {
			for (Category category : Category.values()) {
				out.add(new Bubbles.Choice(category.label(), null,
						Messages.postback("เลือก", ComplaintPostbacks.category(category), category.label())));
			}
		}
		else if (step instanceof ComplaintStep.ChooseTopic t) {
			for (Topic topic : t.topics()) {
				out.add(new Bubbles.Choice(OpinionTopics.plain(topic), null,
						Messages.postback("เลือก", ComplaintPostbacks.topic(topic.id()), OpinionTopics.plain(topic))));
			}
			out.add(new Bubbles.Choice("ไม่ระบุหัวข้อ", "เรื่องทั่วไปของหน่วยงาน",
					Messages.postback("เลือก", ComplaintPostbacks.topic(null), "ไม่ระบุหัวข้อ")));
		}
		return out;
	}
}
