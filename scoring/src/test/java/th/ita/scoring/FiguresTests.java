package th.ita.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTests {

	@Test
	void aScoreIsPrintedAsHeldAndDashWhenThereIsNone() {
		assertThat(Figures.score(new BigDecimal("85.50"))).isEqualTo("85.50");
		assertThat(Figures.score(new BigDecimal("85.5"))).isEqualTo("85.5");
		assertThat(Figures.score(null)).isEqualTo("-");
	}

	@Test
	void reportFiguresHaveTwoDecimalsRoundedHalfUp() {
		assertThat(Figures.twoDecimals(new BigDecimal("85.5"))).isEqualTo("85.50");
		assertThat(Figures.twoDecimals(new BigDecimal("67.875"))).isEqualTo("67.88");
		assertThat(Figures.twoDecimals(null)).isEqualTo("-");
	}

	@Test
	void aChangeCarriesItsSignWithARealMinus() {
		assertThat(Figures.change(new BigDecimal("1.234"))).isEqualTo("+1.23");
		assertThat(Figures.change(new BigDecimal("-0.5"))).isEqualTo("−0.50");
		assertThat(Figures.change(BigDecimal.ZERO)).isEqualTo("0.00");
		assertThat(Figures.change(null)).isEmpty();
	}

	@Test
	void marksAndWeightsLoseTheirTrailingZeros() {
		assertThat(Figures.plain(new BigDecimal("85.00"))).isEqualTo("85");
		assertThat(Figures.weight(new BigDecimal("0.30"))).isEqualTo("30");
		assertThat(Figures.weight(new BigDecimal("0.4"))).isEqualTo("40");
	}

	@Test
	void sharesRangesAndHeadcounts() {
		assertThat(Figures.percent(new BigDecimal("42.50"))).isEqualTo("42.50%");
		assertThat(Figures.percent(null)).isEqualTo("-");
		assertThat(Figures.range(new Interval(new BigDecimal("71.20"), new BigDecimal("80.40")))).isEqualTo("71.20–80.40");
		assertThat(Figures.count(1234)).isEqualTo("1,234");
	}
}
