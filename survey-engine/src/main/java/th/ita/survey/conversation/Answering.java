package th.ita.survey.conversation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import th.ita.scoring.Form;
import th.ita.scoring.Item;
import th.ita.survey.agency.Agency;
import th.ita.survey.conversation.SurveySession.Phase;

/**
 * The steps inside a started survey: a tapped or typed answer to the item shown, opening an answered
 * item from the summary, going back, and cancelling. A tap is recorded only for the item it was made
 * for; anything else shows the same step again with a hint.
 */
record Answering(SessionStore store, SurveyScreens screens, Clock clock) {

	SurveyStep choose(SurveySession session, SurveyCommand.Choose choose) {
		if (session.getPhase() == Phase.AWAITING_CODE) {
			return new SurveyStep.AskAccessCode(screens.agency(session), false);
		}
		Form form = screens.form(session);
		boolean sameSurvey = choose.tool() == session.getTool() && session.getAgency().equals(Agency.normalize(choose.agency()));
		if (session.getPhase() != Phase.ANSWERING || !sameSurvey) {
			return screens.again(session, SurveyStep.Hint.STALE_BUTTON);
		}
		Item current = form.items().get(session.getCursor());
		if (!current.id().equals(choose.item()) || current.scale().indexOf(choose.value()) < 0) {
			return screens.again(session, SurveyStep.Hint.STALE_BUTTON);
		}
		return record(session, form, current, choose.value());
	}

	/** Records an answer to the item shown and moves on: to the next item, or back to the summary. */
	private SurveyStep record(SurveySession session, Form form, Item current, String value) {
		session.answer(current.id(), value);
		if (session.isEditing() || session.getCursor() + 1 >= form.items().size()) {
			session.setEditing(false);
			session.setPhase(allAnswered(session, form) ? Phase.REVIEW : Phase.ANSWERING);
			if (session.getPhase() == Phase.ANSWERING) {
				session.setCursor(firstUnanswered(session, form));
			}
		}
		else {
			session.setCursor(session.getCursor() + 1);
		}
		return screens.again(store.save(session), null);
	}

	/**
	 * Typed text: the item shown is the only one it can answer (its number or words), so a typed
	 * answer can never land on another item; anything else gets a hint and the same step again.
	 */
	SurveyStep typed(SurveySession session, String text) {
		if (session.getPhase() == Phase.ANSWERING) {
			Form form = screens.form(session);
			Item current = form.items().get(session.getCursor());
			Optional<String> value = TypedAnswer.match(current.scale(), text);
			if (value.isPresent()) {
				return record(session, form, current, value.get());
			}
			return screens.again(session, returning(session) ? SurveyStep.Hint.RESUMED : SurveyStep.Hint.USE_BUTTONS);
		}
		return screens.again(session, returning(session) ? SurveyStep.Hint.RESUMED : SurveyStep.Hint.AT_SUMMARY);
	}

	/** From the summary to one item; answering it returns to the summary. */
	SurveyStep edit(SurveySession session, SurveyCommand.Edit edit) {
		Form form = screens.form(session);
		List<Item> items = form.items();
		int index = -1;
		for (int i = 0; i < items.size(); i++) {
			if (edit.item() != null ? items.get(i).id().equals(edit.item()) : edit.number() == i + 1) {
				index = i;
			}
		}
		// an answered item can be opened from the summary, or mid-survey ("แก้ไขข้อ 3" at item 9):
		// after answering it the person is back where they were
		if (index < 0 || session.getPhase() == Phase.AWAITING_CODE || session.answerTo(items.get(index).id()).isEmpty()) {
			return screens.again(session, session.getPhase() == Phase.REVIEW ? SurveyStep.Hint.AT_SUMMARY : SurveyStep.Hint.USE_BUTTONS);
		}
		session.setPhase(Phase.ANSWERING);
		session.setEditing(true);
		session.setCursor(index);
		return screens.ask(store.save(session), null);
	}

	SurveyStep back(SurveySession session) {
		if (session.getPhase() == Phase.AWAITING_CODE) {
			store.delete(session);
			return new SurveyStep.Cancelled(session.getTool(), screens.agency(session));
		}
		if (session.getPhase() == Phase.REVIEW) {
			session.setPhase(Phase.ANSWERING);
		}
		else if (session.isEditing()) {
			// back from an item opened to change it: where the person was, the answer unchanged
			Form form = screens.form(session);
			session.setEditing(false);
			if (allAnswered(session, form)) {
				session.setPhase(Phase.REVIEW);
				return screens.review(store.save(session), null);
			}
			session.setCursor(firstUnanswered(session, form));
		}
		else if (session.getCursor() > 0) {
			session.setCursor(session.getCursor() - 1);
		}
		return screens.ask(store.save(session), null);
	}

	/** Cancel asks first, saying how many answers would go; before the access code there are none. */
	SurveyStep cancel(SurveySession session) {
		if (session.getPhase() == Phase.AWAITING_CODE) {
			store.delete(session); // nothing answered yet: nothing to confirm
			return new SurveyStep.Cancelled(session.getTool(), screens.agency(session));
		}
		return new SurveyStep.ConfirmCancel(session.getTool(), screens.agency(session), session.getAnswers().size(),
				screens.form(session).items().size());
	}

	/** The confirmation; one from a button of another survey deletes nothing. */
	SurveyStep cancelConfirmed(SurveySession session, SurveyCommand.CancelConfirmed confirmed) {
		if (confirmed.tool() != null && (confirmed.tool() != session.getTool()
				|| !session.getAgency().equals(Agency.normalize(confirmed.agency())))) {
			return screens.again(session, SurveyStep.Hint.STALE_BUTTON);
		}
		store.delete(session);
		return new SurveyStep.Cancelled(session.getTool(), screens.agency(session));
	}

	private static boolean allAnswered(SurveySession session, Form form) {
		return firstUnanswered(session, form) >= form.items().size();
	}

	private static int firstUnanswered(SurveySession session, Form form) {
		List<Item> items = form.items();
		int i = 0;
		while (i < items.size() && session.answerTo(items.get(i).id()).isPresent()) {
			i++;
		}
		return i;
	}

	/** Someone writing after a long pause is welcomed back rather than corrected. */
	private boolean returning(SurveySession session) {
		return session.getUpdatedAt().isBefore(clock.instant().minus(Duration.ofHours(1)));
	}
}
