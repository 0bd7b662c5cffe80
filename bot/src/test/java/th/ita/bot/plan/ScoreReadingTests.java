package th.ita.bot.plan;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import th.ita.scoring.Item;
import th.ita.scoring.ScoreCalculator;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tally;
import th.ita.scoring.Tool;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreReadingTests {

	static final Scheme SCHEME = Scheme.load(2563);

	static Item item(String id) {
		return SCHEME.item(id).orElseThrow();
	}

	@Test
	void optionsAreGoodOrBadByTheirScoreOnTheItemNotByTheirPosition() {
		Item bribe = item("e4.1"); // reverse: ไม่มี earns 100
		int no = bribe.scale().indexOf("no");
		assertThat(ScoreReading.goodness(bribe, no)).isEqualTo(1.0);
		assertThat(ScoreReading.colour(bribe, no)).isEqualTo(ScoreReading.BEST);
		assertThat(ScoreReading.bestFirst(bribe)).containsExactly(no, bribe.scale().indexOf("yes"));
		Item published = item("e8"); // positively worded yes/no: มี earns 100
		assertThat(ScoreReading.colour(published, published.scale().indexOf("yes"))).isEqualTo(ScoreReading.BEST);
		Item positions = item("i18.2"); // reverse 4-level: มากที่สุด is the worst answer
		assertThat(ScoreReading.colour(positions, 3)).isEqualTo(ScoreReading.WORST);
		assertThat(ScoreReading.colour(positions, 2)).isEqualTo(ScoreReading.POOR);
		assertThat(ScoreReading.colour(positions, 1)).isEqualTo(ScoreReading.GOOD);
		assertThat(ScoreReading.bestFirst(positions)).containsExactly(0, 1, 2, 3);
		assertThat(ScoreReading.bestFirst(item("i1.1"))).containsExactly(3, 2, 1, 0);
	}

	@Test
	void withNoOitJudgedTheTotalRunsFromAllFailingToAllPassing() {
		Tally tally = new Tally();
		for (Tool tool : new Tool[] { Tool.IIT, Tool.EIT }) {
			tally.addRespondents(tool, 1);
			for (Item item : SCHEME.form(tool).items()) {
				tally.add(item, ScoreReading.bestFirst(item).get(0), 1); // every perception item at 100
			}
		}
		ScoreCard card = new ScoreCalculator(SCHEME).score(tally);
		ScoreReading.Completion c = ScoreReading.completion(card);
		assertThat(c.unjudged()).isEqualTo(43);
		assertThat(c.low()).isEqualByComparingTo("60.00"); // 0.3·100 + 0.3·100 + 0.4·0
		assertThat(c.high()).isEqualByComparingTo("100.00");
		assertThat(c.highLevel()).isEqualTo("AA");
		assertThat(ScoreReading.unjudgedItems(card)).hasSize(43);
		// nothing unjudged is a lever or an urgent OIT indicator
		assertThat(ScoreReading.weakness(card, 3).urgent()).noneMatch(i -> i.tool() == Tool.OIT);
		assertThat(ScoreReading.weakness(card, 3).levers()).isEmpty();

		for (Item item : SCHEME.form(Tool.OIT).items()) {
			tally.add(item, ScoreReading.bestFirst(item).get(0), 1);
		}
		ScoreReading.Completion done = ScoreReading.completion(new ScoreCalculator(SCHEME).score(tally));
		assertThat(done.complete()).isTrue();
		assertThat(done.low()).isEqualByComparingTo(new BigDecimal("100.00"));
	}

	@Test
	void theSeedsGuidanceIsThereForEveryIndicatorWithItsOcrSlipFixed() {
		for (int i = 1; i <= 10; i++) {
			assertThat(ScoreReading.guidance(SCHEME, String.valueOf(i))).as("indicator " + i).startsWith("หน่วยงานต้อง");
		}
		assertThat(ScoreReading.guidance(SCHEME, "10")).contains("มาตรการภายใน").doesNotContain("มาตรฐานการภายใน");
		assertThat(ScoreReading.guidance(SCHEME, "11")).isEmpty();
	}
}
