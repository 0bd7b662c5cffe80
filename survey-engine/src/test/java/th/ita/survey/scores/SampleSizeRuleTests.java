package th.ita.survey.scores;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import th.ita.scoring.Tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SampleSizeRuleTests {

	final SampleSizeRule rule = SampleSizeRule.ITA_DEFAULT;

	@Test
	void tenPercentRoundedUp() {
		assertThat(rule.required(Tool.IIT, 1000)).isEqualTo(100);
		assertThat(rule.required(Tool.IIT, 1001)).isEqualTo(101);
		assertThat(rule.required(Tool.EIT, 3999)).isEqualTo(400);
	}

	@Test
	void atLeastThirty() {
		assertThat(rule.required(Tool.IIT, 120)).isEqualTo(30);
		assertThat(rule.required(Tool.IIT, 30)).isEqualTo(30);
	}

	@Test
	void everyoneBelowThirty() {
		assertThat(rule.required(Tool.IIT, 29)).isEqualTo(29);
		assertThat(rule.required(Tool.EIT, 7)).isEqualTo(7);
	}

	@Test
	void eitNeedsNoMoreThanFourHundredAboveFourThousandUsers() {
		assertThat(rule.required(Tool.EIT, 4000)).isEqualTo(400);
		assertThat(rule.required(Tool.EIT, 4001)).isEqualTo(400);
		assertThat(rule.required(Tool.EIT, 250_000)).isEqualTo(400);
		// the cap is for service users only: a large agency's personnel still need 10%
		assertThat(rule.required(Tool.IIT, 5000)).isEqualTo(500);
	}

	@Test
	void unknownWhileThePopulationIsNotSet() {
		assertThat(rule.required(Tool.IIT, null)).isNull();
		assertThat(rule.required(Tool.EIT, 0)).isNull();
	}

	@Test
	void otherRulesAreConfigurable() {
		SampleSizeRule strict = new SampleSizeRule(20, 50, 10_000, 1000);
		assertThat(strict.required(Tool.IIT, 1000)).isEqualTo(200);
		assertThat(strict.required(Tool.IIT, 40)).isEqualTo(40);
		assertThat(strict.required(Tool.EIT, 20_000)).isEqualTo(1000);
	}

	@Nested
	class Rejects {

		@Test
		void percentAboveHundred() {
			assertThatIllegalArgumentException().isThrownBy(() -> new SampleSizeRule(101, 30, 4000, 400));
		}

		@Test
		void zeroMinimum() {
			assertThatIllegalArgumentException().isThrownBy(() -> new SampleSizeRule(10, 0, 4000, 400));
		}
	}
}
