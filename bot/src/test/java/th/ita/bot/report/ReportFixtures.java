package th.ita.bot.report;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.bot.support.ChatUser;
import th.ita.bot.support.SeedResponses;
import th.ita.scoring.Scheme;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.conversation.SurveyService;
import th.ita.survey.scores.LiveScores;
import th.ita.survey.staff.StaffDirectory;
import th.ita.survey.staff.StaffMember;

/**
 * Agencies the report tests share: RPTSEED holds the seed report's responses (loaded once: the
 * Spring context and its in-memory database are shared by all integration test classes), RPTFEW
 * has too few respondents to show anything.
 */
final class ReportFixtures {

	static final String SEED = "RPTSEED";

	static final String FEW = "RPTFEW";

	private static boolean loaded;

	private ReportFixtures() {
	}

	static synchronized void load(MongoTemplate mongo, SurveyService surveys, LiveScores scores, Scheme scheme,
			AgencyDirectory agencies) {
		if (loaded && agencies.find(SEED).isPresent()) {
			return;
		}
		agencies.save(new Agency(SEED, "หน่วยงานทดสอบรายงาน (ข้อมูลภูเก็ต)", "x", null, null));
		SeedResponses.load(mongo, surveys, scores, scheme, SEED, scores.currentFiscalYear());
		agencies.save(new Agency(FEW, "หน่วยงานที่มีผู้ตอบน้อย", "x", null, null));
		loaded = true;
	}

	static String newUserId() {
		return "U" + UUID.randomUUID().toString().replace("-", "");
	}

	static void register(StaffDirectory staff, ChatUser user, String agency, StaffMember.Role role) {
		staff.save(new StaffMember(staff.staffKey(user.userId()), agency, java.util.Set.of(role), LocalDate.now()));
	}
}
