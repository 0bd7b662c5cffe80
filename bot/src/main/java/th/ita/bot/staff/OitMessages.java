package th.ita.bot.staff;

import java.util.Map;
import java.util.Optional;

import com.linecorp.bot.messaging.model.Message;

import th.ita.bot.line.Messages;
import th.ita.bot.plan.ScoreReading;
import th.ita.scoring.Figures;
import th.ita.scoring.Form;
import th.ita.scoring.Indicator;
import th.ita.scoring.Item;
import th.ita.scoring.Question;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;
import th.ita.survey.scores.AgencyScores;
import th.ita.survey.scores.OitJudgement;
import th.ita.survey.staff.StaffReply;

/**
 * The OIT checklist in the chat: every item with its state ("OIT"), one item with its judgement and
 * evidence ("ข้อ o30"), and the confirmation of a judgement with the scores it moves. Text, each
 * ending with the command that records a result.
 */
final class OitMessages {

	private OitMessages() {
	}

	static Optional<Message> of(StaffReply reply) {
		if (reply instanceof StaffReply.OitListed s) {
			return Optional.of(list(s));
		}
		if (reply instanceof StaffReply.ItemShown s && s.tool() == Tool.OIT) {
			return Optional.of(item(s));
		}
		if (reply instanceof StaffReply.OitJudged s) {
			return Optional.of(Messages.text(judged(s), StaffMenu.figures(s.scores().agency().code(), s.scores().card().scheme())));
		}
		if (reply instanceof StaffReply.BadEvidenceLink) {
			return Optional.of(Messages.text("ลิงก์หลักฐานต้องขึ้นต้นด้วย http:// หรือ https:// ครับ เช่น "
					+ "OIT o30 ผ่าน https://www.example.go.th/ita/o30"));
		}
		return Optional.empty();
	}

	private static Message list(StaffReply.OitListed reply) {
		AgencyScores s = reply.scores();
		Map<String, OitJudgement> judgements = reply.judgements();
		ScoreCard card = s.card();
		Form oit = card.scheme().form(Tool.OIT);
		long pass = judgements.values().stream().filter(OitJudgement::pass).count();
		long fail = judgements.size() - pass;
		StringBuilder sb = new StringBuilder();
		sb.append("OIT ").append(s.agency().code()).append(" ปีงบ ").append(s.fiscalYear()).append(": คะแนน ")
			.append(Figures.score(card.tool(Tool.OIT).score())).append("\n✅ ผ่าน ").append(pass).append(" · ❌ ไม่ผ่าน ").append(fail)
			.append(" · ⬜ ยังไม่ตรวจ ").append(oit.items().size() - judgements.size()).append(" (รวม ").append(oit.items().size())
			.append(" ข้อ)\n");
		for (Indicator indicator : oit.indicators()) {
			for (Indicator.SubIndicator sub : indicator.subindicators()) {
				sb.append('\n').append(sub.id()).append(' ').append(sub.name()).append(' ')
					.append(Figures.score(card.subindicators().get(sub.id()))).append('\n');
				for (Question q : sub.questions()) {
					for (Item item : q.items()) {
						OitJudgement j = judgements.get(item.id());
						sb.append(j == null ? "⬜ " : j.pass() ? "✅ " : "❌ ").append(item.id()).append(' ')
							.append(Messages.fit(q.text(), 40)).append('\n');
					}
				}
			}
		}
		sb.append("\nบันทึกผล: OIT o30 ผ่าน ลิงก์หลักฐาน หรือ OIT o30 ไม่ผ่าน · ดูรายละเอียด: ข้อ o30");
		return Messages.text(sb.toString(), StaffMenu.figures(s.agency().code(), card.scheme()));
	}

	private static Message item(StaffReply.ItemShown s) {
		StringBuilder sb = new StringBuilder();
		for (Item item : s.items()) {
			OitJudgement j = s.judgements().get(item.id());
			sb.append(item.id()).append(' ').append(s.question().text()).append('\n');
			sb.append(s.question().detail()).append('\n');
			sb.append(j == null ? "⬜ ยังไม่ได้ตรวจ (ระหว่างนี้นับ 0 คะแนน คะแนนรวมจึงยังไม่ครบ)" : j.pass() ? "✅ ผ่าน (100 คะแนน)" : "❌ ไม่ผ่าน (0 คะแนน)");
			if (j != null && j.url() != null) {
				sb.append("\nหลักฐาน: ").append(j.url());
			}
		}
		sb.append("\nบันทึกผล: OIT ").append(s.items().get(0).id()).append(" ผ่าน ลิงก์ หรือ OIT ").append(s.items().get(0).id()).append(" ไม่ผ่าน");
		return Messages.text(sb.toString(), StaffMenu.figures(s.scores().agency().code(), s.scores().card().scheme()));
	}

	/** The judgement recorded, and the OIT score and total it gives now. */
	private static String judged(StaffReply.OitJudged s) {
		OitJudgement j = s.judgement();
		ScoreCard card = s.scores().card();
		Question q = card.scheme().form(Tool.OIT).questionOf(card.scheme().item(j.item()).orElseThrow());
		ScoreReading.Completion c = ScoreReading.completion(card);
		return "บันทึกแล้ว: " + j.item() + " " + q.text() + " — " + (j.pass() ? "✅ ผ่าน" : "❌ ไม่ผ่าน")
				+ (j.url() == null ? "" : "\nหลักฐาน: " + j.url()) + "\nคะแนน OIT ตอนนี้ " + Figures.score(card.tool(Tool.OIT).score())
				+ " · คะแนนรวม " + Figures.score(card.total())
				+ (c.complete() || card.total() == null ? (card.level() == null ? "" : " ระดับ " + card.level())
						: "\n" + ScoreCardMessage.incomplete(c));
	}
}
