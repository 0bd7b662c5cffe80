package th.ita.survey.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.mapping.Document;

import th.ita.scoring.Tool;

/**
 * A survey in progress, keyed by the conversation pseudonym (never the LINE userId; see
 * {@link ConversationState}). Deleted on submit, and after 30 days idle. {@code responseId} is
 * drawn when the person confirms, so a submit interrupted by a crash finishes with the same
 * response id and is never counted twice.
 */
@Document("survey_sessions")
public class SurveySession extends ConversationState {

	public enum Phase {
		/** IIT only: waiting for the agency's access code. */
		AWAITING_CODE,
		ANSWERING,
		REVIEW,
		/** Confirmed; the submit steps are under way (or were interrupted). */
		SUBMITTING
	}

	private Tool tool;

	private String agency;

	private int fiscalYear;

	private Phase phase;

	private int cursor;

	/**
	 * The answers so far, packed as {@code item=value;item=value}: the session is rewritten at every
	 * tap, and one short string is a fraction of the size (and of the database's work) of a list of
	 * sub-documents. Items and values are the forms' ids, checked before they get here.
	 */
	private String answered = "";

	/** How sessions stored before the packed form kept their answers: read once, then packed. */
	private List<Answer> answers;

	private String responseId;

	/** The "already submitted" mark to write; set only while SUBMITTING, gone with the session. */
	private String pendingMark;

	private int codeAttempts;

	/** Answering one item changed from the summary: the summary comes back after it. */
	private boolean editing;

	SurveySession() {
	}

	SurveySession(String id, Tool tool, String agency, int fiscalYear, Phase phase, Instant now) {
		super(id, now);
		this.tool = tool;
		this.agency = agency;
		this.fiscalYear = fiscalYear;
		this.phase = phase;
	}

	/** A copy to change on its own (answers are immutable records; the list is copied). */
	SurveySession copy() {
		SurveySession c = new SurveySession(getId(), tool, agency, fiscalYear, phase, getUpdatedAt());
		c.cursor = cursor;
		c.answered = packed();
		c.responseId = responseId;
		c.pendingMark = pendingMark;
		c.codeAttempts = codeAttempts;
		c.editing = editing;
		c.takeVersionOf(this);
		return c;
	}

	@Override
	protected boolean submitting() {
		return phase == Phase.SUBMITTING;
	}

	public Optional<String> answerTo(String item) {
		return getAnswers().stream().filter(a -> a.item().equals(item)).map(Answer::value).findFirst();
	}

	void answer(String item, String value) {
		if (item.indexOf('=') >= 0 || item.indexOf(';') >= 0 || value.indexOf('=') >= 0 || value.indexOf(';') >= 0) {
			throw new IllegalArgumentException("not a form's item id or option value");
		}
		List<Answer> list = getAnswers();
		list.removeIf(a -> a.item().equals(item));
		list.add(new Answer(item, value));
		answered = pack(list);
	}

	/** The packed answers, converting a session stored in the older form. */
	private String packed() {
		if (answers != null) {
			answered = pack(answers);
			answers = null;
		}
		return answered == null ? "" : answered;
	}

	private static String pack(List<Answer> list) {
		StringBuilder b = new StringBuilder();
		list.forEach(a -> b.append(a.item()).append('=').append(a.value()).append(';'));
		return b.toString();
	}

	public Tool getTool() {
		return tool;
	}

	public String getAgency() {
		return agency;
	}

	public int getFiscalYear() {
		return fiscalYear;
	}

	public Phase getPhase() {
		return phase;
	}

	void setPhase(Phase phase) {
		this.phase = phase;
	}

	public int getCursor() {
		return cursor;
	}

	void setCursor(int cursor) {
		this.cursor = cursor;
	}

	/** The answers in the order given (a changed answer moves to the end). */
	public List<Answer> getAnswers() {
		String p = packed();
		List<Answer> list = new ArrayList<>();
		for (int start = 0, end; start < p.length(); start = end + 1) {
			end = p.indexOf(';', start);
			int eq = p.indexOf('=', start);
			list.add(new Answer(p.substring(start, eq), p.substring(eq + 1, end)));
		}
		return list;
	}

	public String getResponseId() {
		return responseId;
	}

	void setResponseId(String responseId) {
		this.responseId = responseId;
	}

	public String getPendingMark() {
		return pendingMark;
	}

	void setPendingMark(String pendingMark) {
		this.pendingMark = pendingMark;
	}

	public int getCodeAttempts() {
		return codeAttempts;
	}

	void setCodeAttempts(int codeAttempts) {
		this.codeAttempts = codeAttempts;
	}

	public boolean isEditing() {
		return editing;
	}

	void setEditing(boolean editing) {
		this.editing = editing;
	}
}
