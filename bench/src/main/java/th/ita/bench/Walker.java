package th.ita.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static th.ita.bench.LoadBench.*;

/** One person answering a form by tapping the buttons the bot offered. */
final class Walker {

	static final AtomicLong SEQ = new AtomicLong();

	enum Kind {
		START, NUDGE, CODE, ANSWER, SUBMIT, FORGED
	}

	final Platform platform;

	final String userId;

	final String tool;

	final String agency;

	final String accessCode;

	/** Postbacks to slip in before real taps (forged buttons in the fuzz and security runs). */
	final java.util.ArrayDeque<String> forgeries = new java.util.ArrayDeque<>();

	volatile long readyAt;

	// the event in flight
	Kind kind;

	String token;

	boolean delivered;

	long settledAt;

	long sentAt;

	Reply pending;

	/** The last reply to a real action: what the person looks at to decide the next tap. */
	Reply last;

	boolean started;

	int lastShown;

	/** Highest item number whose answer the bot confirmed by showing the next one. */
	int confirmed;

	int answeredItem;

	final Map<String, Integer> chosen = new HashMap<>();

	boolean done;

	boolean completed;

	int stale;

	int rolledBack;

	int nudges;

	int restarts;

	int forgedSent;

	int forgedAccepted;

	int sentEvents;

	Walker(Platform platform, String tool, String agency, String accessCode) {
		this.platform = platform;
		this.userId = newUserId();
		this.tool = tool;
		this.agency = agency;
		this.accessCode = accessCode;
	}

	static String newUserId() {
		return USER_MARK + String.format("%023x", SEQ.incrementAndGet());
	}

	String startText() {
		return tool + " " + agency;
	}

	/** Sends the next event: the start, or what the last reply calls for. */
	synchronized void act() {
		if (done) {
			return;
		}
		if (last == null) {
			if (started) {
				nudges++;
				send(Kind.NUDGE, true, "ต่อ"); // no reply came: write again, as a person would
			}
			else {
				started = true;
				send(Kind.START, true, startText());
			}
			return;
		}
		List<String> answers = last.answerButtons();
		String current = answers.isEmpty() ? null : answers.get(0).substring(0, answers.get(0).lastIndexOf(':') + 1);
		while (!forgeries.isEmpty() && current != null) {
			String forged = forgeries.poll();
			if (!forged.startsWith(current)) { // a button of the current item is a real answer, not a forgery
				forgedSent++;
				send(Kind.FORGED, false, forged);
				return;
			}
		}
		String submit = last.postbackData("nav:submit");
		if (last.text().contains(CODE_PROMPT) && accessCode != null && answers.isEmpty()) {
			send(Kind.CODE, true, accessCode);
		}
		else if (submit != null) {
			answeredItem = lastShown;
			send(Kind.SUBMIT, false, submit);
		}
		else if (!answers.isEmpty()) {
			String item = answers.get(0).split(":")[3];
			int idx = Math.floorMod((userId + item).hashCode() * 31 + 7, answers.size());
			chosen.put(item, idx);
			answeredItem = last.itemNumber();
			send(Kind.ANSWER, false, answers.get(idx));
		}
		else {
			// no survey on screen (it was lost, or cancelled): start again
			if (++restarts > 20) {
				finish();
				return;
			}
			send(Kind.START, true, startText());
		}
	}

	private void send(Kind kind, boolean text, String content) {
		this.kind = kind;
		token = Events.token();
		String id = Events.newId();
		String event = text ? Events.text(userId, id, token, content) : Events.postback(userId, id, token, content);
		String body = Events.body(event);
		delivered = false;
		pending = null;
		sentAt = System.nanoTime();
		sentEvents++;
		if (platform.measuring) {
			platform.sentAt.put(token, sentAt);
		}
		platform.line.waiting.put(token, this::replied);
		platform.deliver(this, body, 0);
	}

	/** LINE got a 2xx for this event: the bot owes the person its reply. */
	synchronized void acknowledged(String deliveredBody) {
		if (token != null && deliveredBody.contains(token) && platform.sentAt.containsKey(token)) {
			platform.ackedTokens.add(token);
		}
	}

	synchronized void settled(String deliveredBody) {
		if (token == null || !deliveredBody.contains(token)) {
			return; // a delivery of an older event
		}
		delivered = true;
		settledAt = System.nanoTime();
		maybeNext();
	}

	synchronized void replied(Reply r) {
		if (!r.token().equals(token)) {
			platform.lateReplies.incrementAndGet();
			return;
		}
		platform.replyLatencyTotal.addAndGet(r.atNanos() - sentAt);
		platform.replyCount.incrementAndGet();
		pending = r;
		maybeNext();
	}

	private void maybeNext() {
		if (!delivered || pending == null || done) {
			return;
		}
		Reply r = pending;
		int shown = r.itemNumber();
		if (kind == Kind.FORGED) {
			// nothing may move: no other item shown, no summary, no thank-you
			if ((shown != 0 && shown != lastShown) || r.postbackData("nav:submit") != null || r.text().contains(THANKS)) {
				forgedAccepted++;
			}
			platform.thinkThenAct(this, false);
			return;
		}
		last = r;
		if (r.text().contains(THANKS) || r.text().contains(ALREADY)) {
			completed = true;
			finish();
			return;
		}
		if (r.text().contains(STALE)) {
			stale++;
		}
		boolean review = r.postbackData("nav:submit") != null;
		if (shown > 0 && shown <= confirmed) {
			rolledBack += confirmed - shown + 1; // answers the bot had confirmed are gone
			confirmed = shown - 1;
		}
		else if (kind == Kind.ANSWER && (shown == answeredItem + 1 || review)) {
			confirmed = Math.max(confirmed, answeredItem);
		}
		if (shown > 0) {
			lastShown = shown;
		}
		platform.thinkThenAct(this, false);
	}

	/** The reply never came (the bot was killed after answering HTTP): look again. */
	synchronized void checkTimeout(long now) {
		if (!done && delivered && pending == null && now - settledAt > platform.replyTimeoutNanos) {
			platform.line.waiting.remove(token);
			delivered = false;
			token = null;
			if (kind != Kind.FORGED) {
				last = null;
			}
			platform.thinkThenAct(this, true);
		}
	}

	private void finish() {
		done = true;
		platform.done(this);
	}
}
