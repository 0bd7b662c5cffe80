package th.ita.survey.conversation;

import java.util.ArrayList;
import java.util.List;

import th.ita.scoring.Form;
import th.ita.scoring.Instruments;
import th.ita.scoring.Item;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.conversation.SurveySession.Phase;

/**
 * What the person sees for a session's state: the access code question, the item under the cursor
 * or the summary. Reads only; the session's form and agency are looked up here for every step.
 */
record SurveyScreens(Instruments instruments, AgencyDirectory agencies) {

	/** The step the session is at again: the summary, or the item (with a hint why it comes back). */
	SurveyStep again(SurveySession session, SurveyStep.Hint hint) {
		return session.getPhase() == Phase.REVIEW ? review(session, hint) : ask(session, hint);
	}

	SurveyStep ask(SurveySession session, SurveyStep.Hint hint) {
		if (session.getPhase() == Phase.AWAITING_CODE) {
			// never an item before the code: a forged "submit" or "resume" tap showed IIT item 1 here
			return new SurveyStep.AskAccessCode(agency(session), false);
		}
		if (session.getPhase() == Phase.REVIEW) {
			return review(session, hint);
		}
		Form form = form(session);
		Item item = form.items().get(session.getCursor());
		return new SurveyStep.Ask(session.getTool(), agency(session), form.questionOf(item), item, session.getCursor() + 1,
				form.items().size(), session.answerTo(item.id()).orElse(null), hint, session.isEditing());
	}

	SurveyStep review(SurveySession session, SurveyStep.Hint hint) {
		Form form = form(session);
		List<SurveyStep.ReviewLine> lines = new ArrayList<>();
		List<Item> items = form.items();
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			int number = i + 1;
			session.answerTo(item.id()).ifPresent(v -> {
				int option = item.scale().indexOf(v);
				var question = form.questionOf(item);
				lines.add(new SurveyStep.ReviewLine(item.id(), option < 0 ? v : item.scale().options().get(option).label(),
						number, form.indicatorOf(item).name(), Wording.stem(question, item), Wording.of(question, item)));
			});
		}
		return new SurveyStep.Review(session.getTool(), agency(session), lines, lines.size(), items.size(), hint);
	}

	/**
	 * The session's form is the instrument of the fiscal year the survey was started in: one that
	 * straddles 1 October is finished, and counted, on the instrument it began with.
	 */
	Form form(SurveySession session) {
		return instruments.forYear(session.getFiscalYear()).form(session.getTool());
	}

	Agency agency(SurveySession session) {
		return agencies.find(session.getAgency()).orElse(new Agency(session.getAgency(), session.getAgency(), null, null, null));
	}
}
