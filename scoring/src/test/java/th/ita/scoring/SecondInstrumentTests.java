package th.ita.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test instrument 2570 ({@code src/test/resources/instruments/2570/}), which differs from 2563 in
 * every dimension, scored on a small response set. Every expected figure is computed by hand in the
 * comments: option scores 0/20/40/60/80/100 on the 6-option scale (reversed for t4, u5), yes/no
 * 100/0 (reversed for t5), items rounded to 2 decimals, question = mean of items, indicator = mean
 * of questions (OIT-1: of its two sub-indicators) rounded, tool = mean of indicators rounded, total =
 * 0.25·IIT + 0.35·EIT + 0.40·OIT rounded, then the tier rule tiers-2567.
 */
class SecondInstrumentTests {

	static final Scheme scheme = Scheme.load(TestInstruments.dir2570());

	final ScoreCalculator calculator = new ScoreCalculator(scheme);

	static Item item(String id) {
		return scheme.item(id).orElseThrow(() -> new AssertionError("no item " + id));
	}

	/**
	 * Two IIT respondents, three EIT respondents (the same answers as
	 * {@code instruments/responses-2570.jsonl}), as counts per option (scale order). OIT items p1..p12
	 * are judged (p5 failing); p13..p20 only when {@code judgeOit2}, p20 failing.
	 */
	static Tally responses(boolean judgeOit2) {
		Tally t = new Tally();
		// IIT, R1 / R2 (6-option values 1..6)
		t.add(item("t1"), new long[] { 0, 0, 0, 0, 1, 1 }); // 6, 5
		t.add(item("t2"), new long[] { 0, 0, 0, 0, 2, 0 }); // 5, 5
		t.add(item("t3"), new long[] { 0, 0, 0, 1, 0, 1 }); // 4, 6
		t.add(item("t4"), new long[] { 1, 1, 0, 0, 0, 0 }); // 1, 2 (reverse)
		t.add(item("t5"), new long[] { 0, 2 }); // no, no (reverse)
		t.add(item("t6.1"), new long[] { 0, 0, 0, 1, 0, 1 }); // 6, 4
		t.add(item("t6.2"), new long[] { 0, 0, 2, 0, 0, 0 }); // 3, 3
		t.add(item("t7"), new long[] { 0, 0, 0, 1, 0, 1 }); // 6, 4
		t.add(item("t8"), new long[] { 0, 0, 0, 0, 0, 2 }); // 6, 6
		t.add(item("t9"), new long[] { 0, 0, 0, 0, 2, 0 }); // 5, 5
		t.add(item("t10"), new long[] { 0, 0, 1, 0, 1, 0 }); // 5, 3
		t.add(item("t11"), new long[] { 2, 0 }); // yes, yes
		t.add(item("t12"), new long[] { 0, 0, 0, 1, 1, 0 }); // 4, 5
		t.addRespondents(Tool.IIT, 2);
		// EIT, R1 / R2 / R3
		t.add(item("u1"), new long[] { 0, 0, 0, 0, 2, 1 }); // 6, 5, 5
		t.add(item("u2"), new long[] { 0, 0, 0, 1, 0, 2 }); // 6, 6, 4
		t.add(item("u3"), new long[] { 2, 1 }); // yes, yes, no
		t.add(item("u4"), new long[] { 0, 0, 0, 0, 2, 1 }); // 5, 5, 6
		t.add(item("u5"), new long[] { 2, 1, 0, 0, 0, 0 }); // 1, 2, 1 (reverse)
		t.add(item("u6"), new long[] { 0, 0, 0, 0, 1, 2 }); // 6, 5, 6
		t.addRespondents(Tool.EIT, 3);
		// OIT: option 0 = ผ่าน, 1 = ไม่ผ่าน
		for (int i = 1; i <= (judgeOit2 ? 20 : 12); i++) {
			t.add(item("p" + i), i == 5 || i == 20 ? 1 : 0, 1);
		}
		return t;
	}

	@Nested
	class Shape {

		@Test
		void differsFrom2563InEveryDimension() {
			assertThat(scheme.year()).isEqualTo(2570);
			assertThat(scheme.scales().get("LEVEL6").options()).hasSize(6);
			assertThat(scheme.form(Tool.IIT).questionsById()).hasSize(12);
			assertThat(scheme.form(Tool.IIT).indicators()).hasSize(2);
			assertThat(scheme.form(Tool.EIT).indicators()).hasSize(3);
			assertThat(scheme.form(Tool.OIT).items()).hasSize(20);
			assertThat(scheme.form(Tool.OIT).indicators()).extracting(Indicator::id).containsExactly("OIT-1", "OIT-2");
			assertThat(scheme.weights()).containsEntry(Tool.IIT, new BigDecimal("0.25"))
				.containsEntry(Tool.EIT, new BigDecimal("0.35"));
			assertThat(scheme.rating()).isInstanceOf(Rating.Tiers.class);
			assertThat(scheme.rating().names()).containsExactly("ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ต้องปรับปรุง",
					"ต้องปรับปรุงโดยด่วน");
			assertThat(scheme.levels()).isEmpty();
		}

		@Test
		void questionLabelsOverrideTheScaleWording() {
			assertThat(item("u4").scale().options()).extracting(Scale.Option::label)
				.containsExactly("ไม่พอใจอย่างยิ่ง", "ไม่พอใจ", "ค่อนข้างไม่พอใจ", "ค่อนข้างพอใจ", "พอใจ", "พอใจอย่างยิ่ง");
			assertThat(item("u1").scale().options().get(0).label()).isEqualTo("น้อยที่สุด");
		}

		@Test
		void shortWordingAndGuidanceComeFromTheFiles() {
			assertThat(item("t6.2").shortText()).isEqualTo("เปิดเผยข้อมูล: ผลการจัดซื้อจัดจ้าง");
			assertThat(item("t1").shortText()).isEqualTo("ปฏิบัติตามขั้นตอน");
			assertThat(scheme.guidance("OIT-2")).isEqualTo("หน่วยงานต้องมีมาตรการป้องกันการทุจริต (ทดสอบ)");
			assertThat(scheme.guidance("EIT-2")).isEmpty();
		}

		@Test
		void sampleRulesPerTool() {
			// IIT 20% at least 10: 120 staff → 24; 30 staff → 10; 8 staff → all 8
			SampleRule iit = scheme.samples().get(Tool.IIT);
			assertThat(iit.required(120)).isEqualTo(24);
			assertThat(iit.required(30)).isEqualTo(10);
			assertThat(iit.required(8)).isEqualTo(8);
			// EIT 5% at least 20, 100 are enough above 2,000 users: 1,000 → 50; 5,000 → 100
			assertThat(scheme.samples().get(Tool.EIT).required(1000)).isEqualTo(50);
			assertThat(scheme.samples().get(Tool.EIT).required(5000)).isEqualTo(100);
		}

		@Test
		void desirabilityFollowsTheScoreNotThePosition() {
			// t4 is reverse scored: น้อยที่สุด (option 0) earns 100, มากที่สุด (option 5) earns 0
			assertThat(item("t4").goodness(0)).isEqualTo(1.0);
			assertThat(item("t4").desirable(0)).isTrue();
			assertThat(item("t4").desirable(5)).isFalse();
			assertThat(item("t4").optionsBestFirst()).containsExactly(0, 1, 2, 3, 4, 5);
			// t1 plain: 60 (option 3) is above the middle, 40 (option 2) is not
			assertThat(item("t1").desirable(3)).isTrue();
			assertThat(item("t1").desirable(2)).isFalse();
			assertThat(item("t1").goodness(1)).isEqualTo(0.2);
			assertThat(item("t4").bestOption()).isZero();
			assertThat(item("t4").worstOption()).isEqualTo(5);
			assertThat(item("p1").bestOption()).isZero();
			assertThat(item("p1").worstOption()).isEqualTo(1);
			// t5 reverse yes/no: ไม่มี (option 1) is the desirable answer
			assertThat(item("t5").desirable(1)).isTrue();
			assertThat(item("t5").desirable(0)).isFalse();
		}
	}

	@Nested
	class Scores {

		final ScoreCard card = calculator.score(responses(true));

		@Test
		void itemScoresOnTheSixOptionScale() {
			// t1 (100 + 80) / 2 = 90; t4 reverse: option 1 → 100, option 2 → 80 → 90; t5: no, no → 100
			assertThat(card.item("t1").score()).isEqualByComparingTo("90.00");
			assertThat(card.item("t4").score()).isEqualByComparingTo("90.00");
			assertThat(card.item("t5").score()).isEqualByComparingTo("100.00");
			// t6.2 (40 + 40) / 2 = 40; u1 (80 + 80 + 100) / 3 = 86.666… → 86.67
			assertThat(card.item("t6.2").score()).isEqualByComparingTo("40.00");
			assertThat(card.item("u1").score()).isEqualByComparingTo("86.67");
			// u5 reverse: 100, 80, 100 → 93.33; u3: 100, 100, 0 → 66.67
			assertThat(card.item("u5").score()).isEqualByComparingTo("93.33");
			assertThat(card.item("u3").score()).isEqualByComparingTo("66.67");
		}

		@Test
		void indicatorsToolsTotalAndTier() {
			// IIT-A: t1 90, t2 80, t3 80, t4 90, t5 100, t6 = (80 + 40) / 2 = 60 → 500 / 6 = 83.333… → 83.33
			assertThat(card.indicator("IIT-A").score()).isEqualByComparingTo("83.33");
			// IIT-B: t7 80, t8 100, t9 80, t10 60, t11 100, t12 70 → 490 / 6 = 81.666… → 81.67
			assertThat(card.indicator("IIT-B").score()).isEqualByComparingTo("81.67");
			// IIT = (83.33 + 81.67) / 2 = 82.50
			assertThat(card.tool(Tool.IIT).score()).isEqualByComparingTo("82.50");
			// EIT-1 (86.67 + 86.67) / 2 = 86.67; EIT-2 (66.67 + 86.67) / 2 = 76.67; EIT-3 (93.33 + 93.33) / 2
			assertThat(card.indicator("EIT-1").score()).isEqualByComparingTo("86.67");
			assertThat(card.indicator("EIT-2").score()).isEqualByComparingTo("76.67");
			assertThat(card.indicator("EIT-3").score()).isEqualByComparingTo("93.33");
			// EIT = 256.67 / 3 = 85.5566… → 85.56
			assertThat(card.tool(Tool.EIT).score()).isEqualByComparingTo("85.56");
			// OIT-1.1: 5 of 6 → 83.33; OIT-1.2: 6 of 6 → 100; OIT-1 = 183.33 / 2 = 91.665 → 91.67
			assertThat(card.subindicators()).containsEntry("OIT-1.1", new BigDecimal("83.33"))
				.containsEntry("OIT-1.2", new BigDecimal("100.00"));
			assertThat(card.indicator("OIT-1").score()).isEqualByComparingTo("91.67");
			// OIT-2: 7 of 8 → 87.50; OIT = (91.67 + 87.50) / 2 = 89.585 → 89.59
			assertThat(card.indicator("OIT-2").score()).isEqualByComparingTo("87.50");
			assertThat(card.tool(Tool.OIT).score()).isEqualByComparingTo("89.59");
			// total = 0.25·82.50 + 0.35·85.56 + 0.40·89.59 = 20.625 + 29.946 + 35.836 = 86.407 → 86.41
			assertThat(card.total()).isEqualByComparingTo("86.41");
			// ≥ 85 but IIT 82.50 < 85, so not ผ่านดี: ผ่าน
			assertThat(card.level()).isEqualTo("ผ่าน");
			assertThat(card.incomplete()).isFalse();
		}

		@Test
		void weakIndicatorsInFormOrderWithTheirGuidance() {
			Weakness w = Weakness.of(card, 3);
			// under 85, weakest first: EIT-2 76.67, IIT-B 81.67, IIT-A 83.33
			assertThat(w.urgent()).extracting(ScoreCard.IndicatorScore::id).containsExactly("EIT-2", "IIT-B", "IIT-A");
			// IIT-B's lever t10 (60): share 0.25 / 2 / 6 = 0.0208333…, × 40 = 0.83
			assertThat(w.levers()).anySatisfy(l -> {
				assertThat(l.itemId()).isEqualTo("t10");
				assertThat(l.gain()).isEqualByComparingTo("0.83");
			});
		}
	}

	@Nested
	class OitNotJudgedYet {

		final ScoreCard card = calculator.score(responses(false));

		@Test
		void theResultIsIncompleteWithTheRangeItCanStillTake() {
			assertThat(card.incomplete()).isTrue();
			ScoreCard.Pending p = card.pending();
			assertThat(p.itemsLeft()).isEqualTo(8);
			assertThat(p.unjudgedItems()).containsExactly("p13", "p14", "p15", "p16", "p17", "p18", "p19", "p20");
			// all 8 failing: OIT-2 = 0 → OIT = (91.67 + 0) / 2 = 45.835 → 45.84;
			// total = 20.625 + 29.946 + 0.4·45.84 (18.336) = 68.907 → 68.91 → below 70
			assertThat(p.lowestOit()).isEqualByComparingTo("45.84");
			assertThat(p.lowestTotal()).isEqualByComparingTo("68.91");
			assertThat(p.lowestLevel()).isEqualTo("ต้องปรับปรุงโดยด่วน");
			// all 8 passing: OIT-2 = 100 → OIT = 191.67 / 2 = 95.835 → 95.84;
			// total = 20.625 + 29.946 + 38.336 = 88.907 → 88.91; IIT 82.50 < 85 → ผ่าน
			assertThat(p.highestOit()).isEqualByComparingTo("95.84");
			assertThat(p.highestTotal()).isEqualByComparingTo("88.91");
			assertThat(p.highestLevel()).isEqualTo("ผ่าน");
			// total and level stay the lowest bound, as before
			assertThat(card.total()).isEqualByComparingTo("68.91");
		}

		@Test
		void unjudgedItemsAreNoLevers() {
			assertThat(card.unjudged("p13")).isTrue();
			assertThat(card.unjudged("p5")).isFalse();
			// OIT-2 counts as 0.00 (its lowest bound) and is under 85, but its items are a to-do, not levers
			Weakness w = Weakness.of(card, 10);
			assertThat(w.urgent()).extracting(ScoreCard.IndicatorScore::id).contains("OIT-2");
			List<String> levers = w.levers().stream().map(Weakness.Lever::itemId).toList();
			assertThat(levers).isNotEmpty().noneMatch(id -> id.startsWith("p"));
		}

		@Test
		void judgingTheLastItemsCompletesTheResult() {
			assertThat(calculator.score(responses(true)).pending()).isNull();
		}
	}
}
