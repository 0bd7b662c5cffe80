package th.ita.bot.complaint;

import java.time.LocalDate;
import java.util.List;

import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.TextMessage;
import org.junit.jupiter.api.Test;

import th.ita.survey.agency.Agency;
import th.ita.survey.complaint.Category;
import th.ita.survey.complaint.Complaint;
import th.ita.survey.complaint.ComplaintService;
import th.ita.survey.complaint.ComplaintStep;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintMessagesTests {

	static final Agency AGENCY = new Agency("PKT", "สำนักงานจังหวัดภูเก็ต", null, null, null);

	@Test
	void theLongestComplaintFitsOneReplyEvenInEmoji() {
		String text = "😡".repeat(ComplaintService.MAX_TEXT); // 10,000 code points, 20,000 UTF-16 units
		List<Message> review = ComplaintMessages.render(new ComplaintStep.Review(AGENCY, Category.OTHER, text, 5));
		assertThat(review).hasSizeLessThanOrEqualTo(5);
		int shown = 0;
		for (Message m : review) {
			String t = ((TextMessage) m).text();
			assertThat(t.codePointCount(0, t.length())).isLessThanOrEqualTo(5_000);
			shown += (int) t.codePoints().filter(c -> c == "😡".codePointAt(0)).count();
		}
		assertThat(shown).isEqualTo(ComplaintService.MAX_TEXT);
		assertThat(((TextMessage) review.get(review.size() - 1)).quickReply()).as("confirm button kept").isNotNull();
	}

	@Test
	void chunksCutByCodePointsNeverSplittingASurrogatePair() {
		List<String> chunks = ComplaintMessages.chunks("ก😡".repeat(3), 3);
		assertThat(chunks).containsExactly("ก😡ก", "😡ก😡");
	}

	@Test
	void aLongThreadShowsTheNewestNotesWithinTheBudget() {
		List<Complaint.Note> notes = new java.util.ArrayList<>();
		for (int i = 0; i < 30; i++) {
			notes.add(new Complaint.Note(i % 2 == 0 ? Complaint.Author.STAFF : Complaint.Author.COMPLAINANT,
					"ข้อความที่ " + i + " " + "ข".repeat(300), LocalDate.of(2026, 11, 24)));
		}
		String thread = ComplaintMessages.thread(notes, ComplaintMessages.CHUNK);
		assertThat(thread.length()).isLessThanOrEqualTo(ComplaintMessages.CHUNK + 100);
		assertThat(thread).contains("ข้อความที่ 29").doesNotContain("ข้อความที่ 0 ").contains("รายการล่าสุดจาก 30");
		assertThat(thread).contains("24 พ.ย. 2569");
	}
}
