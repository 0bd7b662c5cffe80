package th.ita.bot.complaint;

import java.util.Map;

import th.ita.survey.opinion.Topic;

/**
 * Opinion topics in the words of the people who give opinions, not the ITA's indicator names
 * ("การใช้อำนาจ" reads as jargon to a citizen). Keyed by indicator id; an unknown one keeps its name.
 */
final class OpinionTopics {

	private static final Map<String, String> PLAIN = Map.of("1", "การทำงานและการให้บริการของเจ้าหน้าที่", "2",
			"การใช้เงินงบประมาณของหน่วยงาน", "3", "การใช้อำนาจของผู้บังคับบัญชา", "4", "การใช้ทรัพย์สินของราชการ", "5",
			"การป้องกันและแก้ไขการทุจริตในหน่วยงาน", "6", "คุณภาพการให้บริการ", "7", "การให้ข้อมูลและการตอบคำถามประชาชน", "8",
			"การปรับปรุงการทำงานและบริการ", "9", "การเปิดเผยข้อมูลต่อสาธารณะ", "10", "มาตรการป้องกันการทุจริต");

	private OpinionTopics() {
	}

	static String plain(Topic topic) {
		return PLAIN.getOrDefault(topic.id(), topic.name());
	}
}
