package th.ita.bot.inbox;

import java.util.List;

import com.linecorp.bot.messaging.model.Message;

import th.ita.bot.line.ChatRouter;
import th.ita.bot.line.ReplySender;
import th.ita.bot.system.Durability;

/**
 * Handles one claimed inbox entry. A one-to-one chat's input goes to the {@link ChatRouter}; the
 * state it changed and the mark that the entry is handled are written together (the embedded store
 * never commits between them); the reply goes out only after the commit that holds them, so what a
 * reply tells a person (a receipt code, "saved", a case number) survives a killed process; the
 * worker does not wait for that commit. Groups
 * and rooms get {@link GroupChats}, never a private flow.
 */
class InboxHandler {

	/** A test hook: lets a test make handling throw or raise an Error, as a poison event would. */
	interface Fault {

		void beforeHandling(InboxEntry entry);
	}

	private final ChatRouter router;

	private final InboxStore store;

	private final Durability durability;

	private final ReplySender replies;

	private final GroupChats groups;

	private volatile Fault fault = entry -> {
	};

	InboxHandler(ChatRouter router, InboxStore store, Durability durability, ReplySender replies, GroupChats groups) {
		this.router = router;
		this.store = store;
		this.durability = durability;
		this.replies = replies;
		this.groups = groups;
	}

	void setFault(Fault fault) {
		this.fault = fault == null ? entry -> {
		} : fault;
	}

	void durable() {
		durability.awaitDurable();
	}

	void handle(InboxEntry entry) {
		fault.beforeHandling(entry);
		if (!entry.oneToOne()) {
			store.done(entry.id());
			durability.awaitDurable();
			groups.answerAndLeave(entry);
			return;
		}
		List<Message> reply;
		if (entry.kind() == InboxEntry.Kind.IMAGE) {
			// a photo may take seconds to fetch: not held against everyone's commits (adding it is the last step)
			reply = router.route(entry.toChatInput());
			store.done(entry.id());
		}
		else {
			reply = durability.together(() -> {
				List<Message> r = router.route(entry.toChatInput());
				store.done(entry.id());
				return r;
			});
		}
		// the lane goes on with the next event; the reply leaves once this state is on disk
		durability.afterDurable(replies.prepare(entry.replyToken(), reply));
	}
}
