package th.ita.bot.inbox;

import java.util.List;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.bot.line.Messages;

/**
 * Groups and rooms: LINE puts the speaker's userId in their events, and anything the bot said there
 * would be read by everyone. The bot serves one-to-one chats only: when it is added to a group or
 * room, or hears anything there, it answers one fixed line pointing to a one-to-one chat and
 * leaves. Nothing a person said in a group is stored or routed to their private flows.
 */
class GroupChats {

	private static final Logger log = LoggerFactory.getLogger(GroupChats.class);

	static final String ONE_TO_ONE_ONLY = "ขออภัย บริการนี้ใช้ได้เฉพาะในแชตส่วนตัวกับบัญชีนี้เท่านั้น "
			+ "เพื่อรักษาความลับของท่าน กรุณาเพิ่มเป็นเพื่อนแล้วพิมพ์ \"ช่วยเหลือ\" ในแชตส่วนตัว ขอออกจากกลุ่มนี้ครับ";

	private final MessagingApiClient client;

	GroupChats(MessagingApiClient client) {
		this.client = client;
	}

	void answerAndLeave(InboxEntry entry) {
		if (entry.replyToken() == null) {
			leave(entry);
			return;
		}
		// leave only once the line is out: a bot that left cannot answer there any more
		client.replyMessage(new ReplyMessageRequest(entry.replyToken(), List.of(Messages.text(ONE_TO_ONE_ONLY)), false))
			.whenComplete((result, error) -> leave(entry));
	}

	private void leave(InboxEntry entry) {
		if (entry.chatId() == null) {
			return;
		}
		var leaving = entry.source() == InboxEntry.Source.GROUP ? client.leaveGroup(entry.chatId())
				: client.leaveRoom(entry.chatId());
		leaving.whenComplete((result, error) -> {
			if (error != null) {
				log.warn("Leaving a {} failed: {}", entry.source(), error.getClass().getSimpleName());
			}
		});
	}
}
