package th.ita.scoring;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped tier rule tiers-2567 at its boundaries, through an instrument that uses it. */
class TierRatingTests {

	static final Scheme scheme = Scheme.load(TestInstruments.dir2570());

	@ParameterizedTest(name = "total {0}, IIT {1}, EIT {2}, OIT {3} → {4}")
	@CsvSource(delimiter = '|', textBlock = """
			95.00 | 95.00 | 95.00 | 95.00 | ผ่านดีเยี่ยม
			99.00 | 98.00 | 97.50 | 100.00 | ผ่านดีเยี่ยม
			96.00 | 97.00 | 94.99 | 97.00 | ผ่านดี
			94.99 | 99.00 | 99.00 | 99.00 | ผ่านดี
			85.00 | 85.00 | 85.00 | 85.00 | ผ่านดี
			85.00 | 90.00 | 90.00 | 84.00 | ผ่าน
			90.00 | 84.99 | 95.00 | 95.00 | ผ่าน
			84.99 | 90.00 | 90.00 | 90.00 | ต้องปรับปรุง
			70.00 | 60.00 | 60.00 | 90.00 | ต้องปรับปรุง
			69.99 | 90.00 | 90.00 | 40.00 | ต้องปรับปรุงโดยด่วน
			0.00 | 0.00 | 0.00 | 0.00 | ต้องปรับปรุงโดยด่วน
			""")
	void tierBoundaries(String total, String iit, String eit, String oit, String expected) {
		Map<Tool, BigDecimal> tools = Map.of(Tool.IIT, new BigDecimal(iit), Tool.EIT, new BigDecimal(eit), Tool.OIT,
				new BigDecimal(oit));
		assertThat(scheme.rate(new BigDecimal(total), tools)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "94.995, ผ่านดีเยี่ยม", "84.994, ต้องปรับปรุง" })
	void totalsAreJudgedAsPrinted(String total, String expected) {
		// 94.995 prints as 95.00; 84.994 prints as 84.99
		Map<Tool, BigDecimal> all95 = Map.of(Tool.IIT, new BigDecimal("95"), Tool.EIT, new BigDecimal("95"), Tool.OIT,
				new BigDecimal("95"));
		assertThat(scheme.rate(new BigDecimal(total), all95)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "95.00, AA", "94.99, A", "65.00, C", "64.99, D", "49.99, F" })
	void letterLevelsOf2563AreUnchanged(String total, String expected) {
		assertThat(Scheme.load(2563).levelOf(new BigDecimal(total))).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "ผ่านดีเยี่ยม, 95", "ผ่านดี, 85", "ผ่าน, 85", "ต้องปรับปรุง, 70", "ต้องปรับปรุงโดยด่วน, 0", "AA, 0" })
	void theLowestTotalEachTierCanHave(String tier, String floor) {
		// what colours follow (ScoreCardMessage.levelColour): the rule's thresholds, not the names
		assertThat(scheme.rating().floor(tier)).isEqualByComparingTo(floor);
	}

	@ParameterizedTest
	@CsvSource({ "AA, 95", "A, 85", "C, 65", "F, 0" })
	void theLowestTotalOfEachLetterLevel(String level, String floor) {
		assertThat(Scheme.load(2563).rating().floor(level)).isEqualByComparingTo(floor);
	}
}
