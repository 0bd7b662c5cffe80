package th.ita.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemWordingTests {

	final Scheme scheme = Scheme.load(2563);

	Item item(String id) {
		return scheme.item(id).orElseThrow();
	}

	@Test
	void aSubItemIsNamedByItsOwnTextAndAWholeQuestionByTheQuestion() {
		assertThat(ItemWording.text(scheme, item("i1.2"))).isEqualTo("โปร่งใสเป็นไปตามระยะเวลาที่กำหนด");
		assertThat(ItemWording.text(scheme, item("i2"))).startsWith("บุคลากรในหน่วยงานของท่าน ปฏิบัติงาน/ให้บริการ")
			.endsWith("เท่าเทียมกัน มากน้อยเพียงใด");
	}

	@Test
	void theShortTextIsTheInstrumentsShortNameWhenItHasOne() {
		assertThat(ItemWording.shortText(scheme, item("i2"))).isEqualTo("ให้บริการเท่าเทียมกัน");
		assertThat(ItemWording.shortText(scheme, item("i1.1"))).isEqualTo("การให้บริการ: โปร่งใสเป็นไปตามขั้นตอนที่กำหนด");
	}

	@Test
	void withoutAShortNameTheShortTextIsTheWording() {
		Item bare = new Item("o1", "o1", "", item("o1").scale(), false, "");
		assertThat(ItemWording.shortText(scheme, bare)).isEqualTo(ItemWording.text(scheme, item("o1")));
		Item noShort = new Item("i1.2", "i1", "โปร่งใส", item("i1.2").scale(), false, null);
		assertThat(ItemWording.shortText(scheme, noShort)).isEqualTo("โปร่งใส");
	}

	@Test
	void fitCutsByCharactersAndMarksTheCut() {
		assertThat(ItemWording.fit("abcdef", 6)).isEqualTo("abcdef");
		assertThat(ItemWording.fit("abcdefg", 6)).isEqualTo("abcde…");
		assertThat(ItemWording.shortText(scheme, item("i2"), 5)).isEqualTo("ให้บ…");
	}

	@Test
	void anOitVerdictIsTheOptionJudgedOrNotJudgedYet() {
		Item o1 = item("o1");
		List<BigDecimal> none = List.of();
		assertThat(ItemWording.verdict(o1, null)).isEqualTo("ยังไม่ตรวจ");
		assertThat(ItemWording.verdict(o1, new ScoreCard.ItemScore("o1", 0, new long[] { 0, 0 }, none, null, null)))
			.isEqualTo("ยังไม่ตรวจ");
		int pass = o1.bestOption();
		long[] counts = new long[o1.scale().options().size()];
		counts[pass] = 1;
		assertThat(ItemWording.verdict(o1, new ScoreCard.ItemScore("o1", 1, counts, none, BigDecimal.valueOf(100), null)))
			.isEqualTo(o1.scale().options().get(pass).label());
	}
}
