package th.ita.bot.line;

import java.util.List;

import com.linecorp.bot.messaging.model.Message;

/**
 * Takes a reply instead of sending it to LINE, for reply tokens it issued itself (the try-it page in
 * the browser): the conversation runs through the same handlers, only the last hop differs.
 */
public interface ReplyCapture {

	/** True if the reply was for one of this capture's tokens and has been kept. */
	boolean capture(String replyToken, List<Message> messages);
}
