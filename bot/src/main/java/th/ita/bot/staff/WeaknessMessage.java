package th.ita.bot.staff;

import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import com.linecorp.bot.messaging.model.Message;

import th.ita.bot.line.Messages;
import th.ita.bot.plan.ScoreReading;
import th.ita.scoring.Figures;
import th.ita.scoring.Item;
import th.ita.scoring.ItemWording;
import th.ita.scoring.Scheme;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;
import th.ita.scoring.Weakness;
import th.ita.survey.scores.AgencyScores;
import th.ita.survey.staff.StaffReply;

/**
 * The answer to "จุดอ่อน": the seed report's analysis (urgent indicators with what to fix first,
 * then those to improve), the OIT items still to judge, and how to start a plan.
 */
final class WeaknessMessage {

	private WeaknessMessage() {
	}

	static Optional<Message> of(StaffReply reply) {
		if (!(reply instanceof StaffReply.WeaknessShown shown)) {
			return Optional.empty();
		}
		AgencyScores s = shown.scores();
		return Optional.of(Messages.text(text(s), StaffMenu.figures(s.agency().code(), s.card().scheme())));
	}

	/**
	 * Worked out here from the card rather than taken from the reply: unjudged OIT items are a
	 * to-do below, not failures ({@link ScoreReading#weakness}).
	 */
	private static String text(AgencyScores s) {
		Scheme scheme = s.card().scheme();
		Weakness w = ScoreReading.weakness(s.card(), 3);
		StringBuilder sb = new StringBuilder();
		sb.append("การวิเคราะห์ผลการประเมิน ").append(s.agency().code()).append(" ปีงบ ").append(s.fiscalYear())
			.append(" (เรียงจากคะแนนน้อยที่สุด)\n");
		for (Tool tool : List.of(Tool.IIT, Tool.EIT)) {
			if (s.suppressed(tool)) {
				sb.append("(ยังไม่รวม ").append(tool).append(": ผู้ตอบไม่ถึง ").append(s.minRespondents()).append(" คน)\n");
			}
		}
		sb.append("1. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน (ต่ำกว่าร้อยละ ")
			.append(Figures.plain(scheme.passMark())).append(")\n");
		int n = 0;
		for (ScoreCard.IndicatorScore ind : w.urgent()) {
			sb.append("- 1.").append(++n).append(' ').append(ind.name()).append(" คะแนนร้อยละ ").append(Figures.score(ind.score())).append('\n');
			String guidance = ScoreReading.guidance(scheme, ind.id());
			if (!guidance.isEmpty()) {
				sb.append("    ประเด็นที่ต้องแก้ไข/ปรับปรุง: ").append(guidance).append('\n');
			}
			for (Weakness.Lever lever : w.levers()) {
				if (lever.indicatorId().equals(ind.id())) {
					sb.append("    ควรแก้ไขก่อน: ").append(lever.itemId()).append(' ').append(wording(scheme, lever.itemId()))
						.append(" คะแนน ").append(Figures.score(lever.score())).append(" หากได้ 100 คะแนนรวมเพิ่มขึ้น ")
						.append(Figures.score(lever.gain())).append('\n');
				}
			}
		}
		if (n == 0) {
			sb.append("- ไม่มี\n");
		}
		sb.append("2. ประเด็นที่จะต้องพัฒนาให้ดีขึ้น\n");
		n = 0;
		for (ScoreCard.IndicatorScore ind : w.toImprove()) {
			sb.append("- 2.").append(++n).append(' ').append(ind.name()).append(" คะแนนร้อยละ ").append(Figures.score(ind.score())).append('\n');
		}
		if (n == 0) {
			sb.append("- ไม่มี\n");
		}
		List<Item> open = ScoreReading.unjudgedItems(s.card());
		if (!open.isEmpty()) {
			sb.append("3. รายการที่ต้องทำ: OIT ที่ยังไม่ได้ตรวจ ").append(open.size()).append(" ข้อ (ยังไม่นับเป็นจุดอ่อน)\n");
			StringJoiner ids = new StringJoiner(", ");
			open.forEach(i -> ids.add(i.id()));
			sb.append("⬜ ").append(ids).append("\nบันทึกผล: OIT ").append(open.get(0).id()).append(" ผ่าน ลิงก์ หรือ OIT ")
				.append(open.get(0).id()).append(" ไม่ผ่าน\n");
		}
		sb.append("\nวางแผนแก้ไข: พิมพ์ \"เพิ่มมาตรการ N\" แล้วขึ้นบรรทัดใหม่ มาตรการ / วิธีดำเนินการ / ผู้รับผิดชอบ · ดูแผน: แผน");
		return sb.toString().trim();
	}

	/** The item's full wording (not the instrument's short name), cut short: enough to recognise it. */
	private static String wording(Scheme scheme, String itemId) {
		return ItemWording.fit(ItemWording.text(scheme, scheme.item(itemId).orElseThrow()), 60);
	}
}
