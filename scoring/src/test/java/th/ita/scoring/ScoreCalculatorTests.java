package th.ita.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreCalculatorTests {

	static final Scheme scheme = Scheme.load(2563);

	final ScoreCalculator calculator = new ScoreCalculator(scheme);

	static Item item(String id) {
		return scheme.item(id).orElseThrow();
	}

	/** The option that scores 0 for this item, whichever way it is worded. */
	static int worstOption(Item item) {
		java.math.BigDecimal[] s = item.optionScores();
		for (int i = 0; i < s.length; i++) {
			if (s[i].signum() == 0) {
				return i;
			}
		}
		throw new AssertionError(item.id());
	}

	@Nested
	class Items {

		@Test
		void fourLevelItemScoresZeroThirtyThreeSixtySevenHundred() {
			Tally t = new Tally().add(item("i2"), new long[] { 1, 1, 1, 1 });
			// (0 + 33 + 67 + 100) / 4
			assertThat(calculator.score(t).item("i2").score()).isEqualByComparingTo("50.00");
			assertThat(calculator.score(new Tally().add(item("i2"), new long[] { 0, 0, 0, 3 })).item("i2").score())
				.isEqualByComparingTo("100.00");
			assertThat(calculator.score(new Tally().add(item("i2"), new long[] { 0, 1, 0, 0 })).item("i2").score())
				.isEqualByComparingTo("33.00");
		}

		@Test
		void negativelyWordedItemIsReverseScored() {
			// i9: budget spent for personal benefit; "น้อยที่สุด/ไม่มีเลย" is the desirable answer
			Tally t = new Tally().add(item("i9"), new long[] { 3, 1, 0, 0 });
			assertThat(calculator.score(t).item("i9").score()).isEqualByComparingTo("91.75");
			assertThat(item("i11.1").reverse()).isFalse();
			assertThat(item("i11.2").reverse()).isTrue();
		}

		@Test
		void yesNoScoresTheDesirableAnswer() {
			// i26.1: the agency reviewed its anti-corruption measures; มี is desirable
			ScoreCard c = calculator.score(new Tally().add(item("i26.1"), new long[] { 3, 1 })
				.add(item("e4.1"), new long[] { 1, 3 }));
			assertThat(c.item("i26.1").score()).isEqualByComparingTo("75.00");
			// e4.1: were you asked for money? ไม่มี is desirable
			assertThat(c.item("e4.1").score()).isEqualByComparingTo("75.00");
		}

		@Test
		void itemScoreIsTheMeanOverThoseWhoAnsweredIt() {
			Tally t = new Tally().add(item("i2"), new long[] { 0, 0, 0, 2 }).addRespondents(Tool.IIT, 10);
			ScoreCard.ItemScore s = calculator.score(t).item("i2");
			assertThat(s.n()).isEqualTo(2);
			assertThat(s.score()).isEqualByComparingTo("100.00");
			assertThat(s.percents()).containsExactly(new BigDecimal("0.00"), new BigDecimal("0.00"),
					new BigDecimal("0.00"), new BigDecimal("100.00"));
		}

		@Test
		void unansweredItemHasNoScoreAndDoesNotCountInItsQuestion() {
			Tally t = new Tally().add(item("i1.1"), new long[] { 0, 0, 0, 1 });
			ScoreCard c = calculator.score(t);
			assertThat(c.item("i1.2").score()).isNull();
			assertThat(c.questions().get("i1")).isEqualByComparingTo("100.00");
		}

		@Test
		void halfRoundsUpAsPrinted() {
			// 67.875 must print 67.88 (binary floating point gives 67.87)
			Tally t = new Tally().add(item("e9"), new long[] { 11, 62, 347, 100 });
			assertThat(calculator.score(t).item("e9").score()).isEqualByComparingTo("67.88");
		}
	}

	@Nested
	class Aggregates {

		@Test
		void questionIsTheMeanOfItsSubItems() {
			Tally t = new Tally().add(item("i1.1"), new long[] { 0, 0, 0, 1 }).add(item("i1.2"), new long[] { 0, 1, 0, 0 });
			assertThat(calculator.score(t).questions().get("i1")).isEqualByComparingTo("66.50");
		}

		@Test
		void indicatorIsTheMeanOfItsQuestionsAndToolOfItsIndicators() {
			Tally t = new Tally();
			scheme.form(Tool.EIT).items().forEach(i -> t.add(i, worstOption(i), 1));
			t.addRespondents(Tool.EIT, 1);
			ScoreCard c = calculator.score(t);
			// everyone picked the worst answer: 0 everywhere
			assertThat(c.tool(Tool.EIT).score()).isEqualByComparingTo("0.00");
			assertThat(c.indicator("6").score()).isEqualByComparingTo("0.00");
		}

		@Test
		void oitIsTheMeanOfIndicatorsNineAndTenFromTheirSubIndicators() {
			Tally t = new Tally();
			// publish only 9.1 (o1-o9) and 10.2 (o42-o43)
			scheme.form(Tool.OIT).items().forEach(i -> {
				int n = Integer.parseInt(i.id().substring(1));
				t.add(i, (n <= 9 || n >= 42) ? 0 : 1, 1);
			});
			ScoreCard c = calculator.score(t);
			assertThat(c.indicator("9").score()).isEqualByComparingTo("20.00");
			assertThat(c.indicator("10").score()).isEqualByComparingTo("50.00");
			assertThat(c.tool(Tool.OIT).score()).isEqualByComparingTo("35.00");
		}

		@Test
		void unjudgedOitItemCountsAsNotPublished() {
			ScoreCard c = calculator.score(new Tally());
			assertThat(c.tool(Tool.OIT).score()).isEqualByComparingTo("0.00");
		}

		@Test
		void totalNeedsAllThreeTools() {
			ScoreCard c = calculator.score(new Tally());
			assertThat(c.tool(Tool.IIT).score()).isNull();
			assertThat(c.total()).isNull();
			assertThat(c.level()).isNull();
		}
	}

	@Nested
	class Levels {

		@Test
		void levelsAtTheirBoundaries() {
			assertThat(scheme.levelOf(new BigDecimal("95.00"))).isEqualTo("AA");
			assertThat(scheme.levelOf(new BigDecimal("94.99"))).isEqualTo("A");
			assertThat(scheme.levelOf(new BigDecimal("85.00"))).isEqualTo("A");
			assertThat(scheme.levelOf(new BigDecimal("84.99"))).isEqualTo("B");
			assertThat(scheme.levelOf(new BigDecimal("75.00"))).isEqualTo("B");
			assertThat(scheme.levelOf(new BigDecimal("65.00"))).isEqualTo("C");
			assertThat(scheme.levelOf(new BigDecimal("64.99"))).isEqualTo("D");
			assertThat(scheme.levelOf(new BigDecimal("55.00"))).isEqualTo("D");
			assertThat(scheme.levelOf(new BigDecimal("50.00"))).isEqualTo("E");
			assertThat(scheme.levelOf(new BigDecimal("49.99"))).isEqualTo("F");
			assertThat(scheme.levelOf(BigDecimal.ZERO)).isEqualTo("F");
		}

		@Test
		void levelIsJudgedOnTheTotalAsPrinted() {
			// 94.995 prints as 95.00, which is AA
			assertThat(scheme.levelOf(new BigDecimal("94.995"))).isEqualTo("AA");
			assertThat(scheme.levelOf(new BigDecimal("94.994"))).isEqualTo("A");
		}
	}
}
