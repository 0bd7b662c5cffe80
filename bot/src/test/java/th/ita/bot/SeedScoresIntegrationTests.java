package th.ita.bot;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;
import th.ita.survey.scores.LiveScores;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed's distributions stored as responses: the live counters give the report's figures. */
class SeedScoresIntegrationTests extends BotIntegrationTest {

	@Autowired
	LiveScores scores;

	@Test
	void liveCountersOfTheSeedsResponsesGiveTheReportsFigures() {
		String agency = testAgencies.create("SEED", "หน่วยงานทดสอบ (ข้อมูลรายงานภูเก็ต)");
		testAgencies.loadSeed(agency);
		int year = testAgencies.year();
		ScoreCard live = scores.score(agency, year);
		assertThat(live.total()).isEqualByComparingTo("74.62");
		assertThat(live.level()).isEqualTo("C");
		assertThat(live.tool(Tool.IIT).score()).isEqualByComparingTo("83.77");
		assertThat(live.tool(Tool.EIT).score()).isEqualByComparingTo("73.64");
		assertThat(live.tool(Tool.OIT).score()).isEqualByComparingTo("68.50");
		assertThat(live.item("i1.1").score()).isEqualByComparingTo("75.39");
		// the counters agree exactly with a recount from the raw responses
		ScoreCard recount = scores.recount(agency, year);
		assertThat(recount.total()).isEqualByComparingTo(live.total());
		live.items().forEach((id, s) -> assertThat(recount.item(id).counts()).as(id).isEqualTo(s.counts()));
	}
}
