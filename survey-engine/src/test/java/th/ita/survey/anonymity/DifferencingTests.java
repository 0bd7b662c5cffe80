package th.ita.survey.anonymity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.ita.scoring.Item;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;
import th.ita.survey.conversation.FiscalYear;
import th.ita.survey.scores.AgencyScores;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differencing attack of issue 13: read every published figure, let one more person answer,
 * read again, subtract. Figures must move only in steps of at least k = 5 respondents, so no
 * subtraction isolates one person, whoever reads and however often.
 */
class DifferencingTests {

	static final String AGENCY = "DIF";

	static final int K = 5;

	SurveyRig rig;

	int year;

	@BeforeEach
	void start() {
		rig = new SurveyRig(AGENCY, null);
		year = FiscalYear.of(LocalDate.now(rig.clock));
	}

	@AfterEach
	void stop() {
		rig.close();
	}

	/** Everything a reader can see of the form: what the chat, dashboard and reports are built from. */
	record Published(long n, Map<String, long[]> counts, List<BigDecimal> scores, Map<LocalDate, Long> days) {

		boolean sameAs(Published o) {
			return n == o.n && scores.equals(o.scores) && days.equals(o.days)
					&& counts.keySet().equals(o.counts.keySet())
					&& counts.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), o.counts.get(e.getKey())));
		}
	}

	Published read() {
		AgencyScores seen = rig.visible.of(rig.agencies.find(AGENCY).orElseThrow());
		ScoreCard card = seen.card();
		List<BigDecimal> scores = new ArrayList<>();
		Map<String, long[]> counts = new java.util.TreeMap<>();
		for (Item item : SurveyRig.scheme.form(Tool.EIT).items()) {
			ScoreCard.ItemScore s = card.item(item.id());
			scores.add(s == null ? null : s.score());
			if (s != null) {
				counts.put(item.id(), s.counts());
			}
		}
		ScoreCard.ToolScore tool = card.tool(Tool.EIT);
		scores.add(tool == null ? null : tool.score());
		scores.add(card.total());
		long n = seen.sample(Tool.EIT).respondents();
		assertThat(rig.tallies.respondents(AGENCY, year, Tool.EIT)).isEqualTo(n);
		assertThat(rig.live.score(AGENCY, year).tool(Tool.EIT).n()).isEqualTo(n);
		return new Published(n, counts, scores, rig.tallies.days(AGENCY, year, Tool.EIT));
	}

	@Test
	void consecutivePublishedStatesNeverDifferByFewerThanKRespondents() {
		Random random = new Random(6);
		List<Published> states = new ArrayList<>();
		states.add(read());
		for (int i = 1; i <= 23; i++) {
			rig.answerEit(String.format("U%032d", i), AGENCY, random);
			if (i == 12) {
				rig.clock.advance(Duration.ofDays(1)); // the per-day counts move in the same steps
			}
			// a reader who looks after every single submit, several times
			Published now = read();
			assertThat(read().sameAs(now)).isTrue();
			Published last = states.get(states.size() - 1);
			if (!now.sameAs(last)) {
				assertThat(now.n() - last.n()).as("respondents between published states").isGreaterThanOrEqualTo(K);
				states.add(now);
			}
			else {
				assertThat(now.n()).isEqualTo(last.n());
			}
		}
		assertThat(states).extracting(Published::n).containsExactly(0L, 5L, 10L, 15L, 20L);
		// the live counters hold all 23; the 3 newest wait for 2 more people
		assertThat(rig.tallies.counters(AGENCY, year).respondents(Tool.EIT)).isEqualTo(23);
		assertThat(states.get(states.size() - 1).days().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(20);
	}

	@Test
	void theSixthRespondentCannotBeReadOffTheDifferenceToTheFifth() {
		Random random = new Random(66);
		for (int i = 1; i <= 5; i++) {
			rig.answerEit(String.format("U%032d", i), AGENCY, random);
		}
		Published atFive = read();
		assertThat(atFive.n()).isEqualTo(5);
		rig.answerEit(String.format("U%032d", 6), AGENCY, random);
		assertThat(read().sameAs(atFive)).as("the figures after the sixth person equal those after the fifth").isTrue();
	}

	@Test
	void aCrashThatLostTheHintIsCaughtUpAtStart() {
		Random random = new Random(7);
		for (int i = 1; i <= 6; i++) {
			rig.answerEit(String.format("U%032d", i), AGENCY, random);
		}
		// as if the process died after storing sheets but before raising the hint
		rig.mongo.getCollection("published_tallies").updateOne(new org.bson.Document("_id", AGENCY + ":" + year + ":EIT"),
				new org.bson.Document("$set", new org.bson.Document("seen", 0)));
		assertThat(read().n()).isZero();
		rig.surveys.recover();
		assertThat(read().n()).isEqualTo(6);
	}
}
