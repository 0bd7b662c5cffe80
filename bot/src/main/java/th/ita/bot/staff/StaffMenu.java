package th.ita.bot.staff;

import java.util.ArrayList;
import java.util.List;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TextMessage;

import th.ita.bot.line.Messages;
import th.ita.scoring.Scheme;
import th.ita.survey.staff.StaffMember;
import th.ita.survey.staff.StaffMember.Role;

/**
 * The quick-reply menu a staff member gets under every staff answer: what their roles allow, naming
 * the agency shown so a province admin stays on it. At most 13 buttons (LINE's limit): the
 * commands first, indicators fill the rest.
 */
public final class StaffMenu {

	private StaffMenu() {
	}

	public static List<Action> actions(StaffMember member, String agency) {
		String a = agency == null ? member.agency() : agency;
		List<Action> actions = new ArrayList<>();
		boolean viewer = member.may(Role.VIEWER, a);
		if (viewer) {
			actions.add(Messages.say("คะแนน", "คะแนน " + a));
			actions.add(Messages.say("จุดอ่อน", "จุดอ่อน " + a));
			actions.add(Messages.say("OIT", "OIT " + a));
			actions.add(Messages.say("รายงาน", "รายงาน " + a));
			actions.add(Messages.say("แดชบอร์ด", "แดชบอร์ด " + a));
		}
		if (member.may(Role.COMPLAINT_OFFICER, member.agency())) {
			actions.add(Messages.say("เรื่องร้องเรียน", "เรื่องร้องเรียน"));
			actions.add(Messages.say("ความคิดเห็น", "ความคิดเห็นทั้งหมด"));
		}
		if (member.may(Role.AGENCY_ADMIN, a)) {
			actions.add(Messages.say("เจ้าหน้าที่", "เจ้าหน้าที่ " + a));
		}
		actions.add(Messages.say("ช่วยเหลือ", "ช่วยเหลือ"));
		// the indicator buttons come with the figures (one per indicator of the year's instrument): see under()
		return actions;
	}

	/**
	 * The buttons under an answer about figures: scores, weaknesses and OIT of the agency shown, so a
	 * province admin stays on it even before the member's menu replaces them (see {@link #under}).
	 */
	static List<Action> figures(String agency) {
		List<Action> actions = new ArrayList<>();
		actions.add(Messages.say("คะแนน", "คะแนน " + agency));
		actions.add(Messages.say("จุดอ่อน", "จุดอ่อน " + agency));
		actions.add(Messages.say("OIT", "OIT " + agency));
		return actions;
	}

	/** The same, plus one button per indicator of the instrument shown (as many as a quick reply holds). */
	static List<Action> figures(String agency, Scheme scheme) {
		List<Action> actions = figures(agency);
		scheme.forms().values().stream().flatMap(f -> f.indicators().stream()).limit(13 - actions.size()).forEach(i -> {
			String label = "ตัวชี้วัด " + i.id();
			actions.add(Messages.say(label.length() <= 20 ? label : i.id(), "ตัวชี้วัด " + i.id() + " " + agency));
		});
		return actions;
	}

	/** The messages with the menu under the last one, unless that one has buttons of its own. */
	public static List<Message> under(List<Message> messages, List<Action> menu, boolean replace) {
		if (messages.isEmpty()) {
			return messages;
		}
		Message last = messages.get(messages.size() - 1);
		if (last.quickReply() != null && !replace) {
			return messages;
		}
		List<QuickReplyItem> items = new ArrayList<>();
		menu.stream().limit(Messages.MAX_QUICK_REPLIES).forEach(action -> items.add(new QuickReplyItem(action)));
		if (last.quickReply() != null) {
			// a reply about figures names the indicators of the instrument it shows: keep those buttons
			last.quickReply().items().stream()
				.filter(item -> item.action() != null && item.action().label() != null
						&& item.action().label().startsWith("ตัวชี้วัด"))
				.limit(Math.max(0, Messages.MAX_QUICK_REPLIES - items.size()))
				.forEach(items::add);
		}
		QuickReply quickReply = new QuickReply(items);
		Message changed;
		if (last instanceof TextMessage t) {
			changed = new TextMessage(quickReply, t.sender(), t.text(), t.emojis(), t.quoteToken());
		}
		else if (last instanceof FlexMessage f) {
			changed = new FlexMessage(quickReply, f.sender(), f.altText(), f.contents());
		}
		else {
			return messages;
		}
		List<Message> out = new ArrayList<>(messages.subList(0, messages.size() - 1));
		out.add(changed);
		return out;
	}
}
