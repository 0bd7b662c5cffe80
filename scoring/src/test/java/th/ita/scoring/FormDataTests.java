package th.ita.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Guards the questionnaire data files: ids, counts, groupings and wording present. */
class FormDataTests {

	final Scheme scheme = Scheme.load(2563);

	@Test
	void iitHasThirtyQuestionsFiftyOneItemsInFiveIndicatorsOfSix() {
		Form iit = scheme.form(Tool.IIT);
		assertThat(iit.questionsById()).hasSize(30);
		assertThat(iit.items()).hasSize(51);
		assertThat(iit.indicators()).extracting(Indicator::id).containsExactly("1", "2", "3", "4", "5");
		iit.indicators().forEach(i -> assertThat(i.questions()).hasSize(6));
		assertThat(iit.items().get(0).id()).isEqualTo("i1.1");
	}

	@Test
	void eitHasFifteenQuestionsNineteenItemsInThreeIndicatorsOfFive() {
		Form eit = scheme.form(Tool.EIT);
		assertThat(eit.questionsById()).hasSize(15);
		assertThat(eit.items()).hasSize(19);
		assertThat(eit.indicators()).extracting(Indicator::id).containsExactly("6", "7", "8");
		eit.indicators().forEach(i -> assertThat(i.questions()).hasSize(5));
	}

	@Test
	void oitHasFortyThreeItemsInTheSeedsSubIndicators() {
		Form oit = scheme.form(Tool.OIT);
		assertThat(oit.items()).hasSize(43);
		assertThat(oit.items()).extracting(Item::id)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 43).mapToObj(i -> "o" + i).toList());
		List<Integer> sizes = oit.indicators().stream()
			.flatMap(i -> i.subindicators().stream())
			.map(s -> s.questions().size())
			.toList();
		assertThat(sizes).containsExactly(9, 8, 7, 4, 5, 8, 2);
	}

	@Test
	void everyQuestionHasWordingAndEverySubItemItsText() {
		for (Tool tool : Tool.values()) {
			for (Question q : scheme.form(tool).questionsById().values()) {
				assertThat(q.text()).as(q.id()).isNotBlank();
				q.items().stream().filter(Item::isSubItem).forEach(i -> assertThat(i.text()).as(i.id()).isNotBlank());
			}
		}
	}

	@Test
	void itemIdsAreUniqueAcrossForms() {
		Set<String> ids = new HashSet<>();
		for (Tool tool : Tool.values()) {
			scheme.form(tool).items().forEach(i -> assertThat(ids.add(i.id())).as(i.id()).isTrue());
		}
	}

	@Test
	void reverseItemsAreTheNegativelyWordedOnes() {
		List<String> reverse = scheme.forms().values().stream()
			.flatMap(f -> f.items().stream())
			.filter(Item::reverse)
			.map(Item::id)
			.toList();
		assertThat(reverse).containsExactly("i4.1", "i4.2", "i4.3", "i5.1", "i5.2", "i5.3", "i6.1", "i6.2", "i6.3", "i9",
				"i10", "i11.2", "i16", "i17", "i18.1", "i18.2", "i18.3", "i19", "i22", "e4.1", "e4.2", "e4.3");
	}

	@Test
	void ocrTyposAreFixed() {
		String all = scheme.forms().values().stream()
			.flatMap(f -> f.questionsById().values().stream())
			.map(q -> q.text() + q.detail() + q.items().stream().map(Item::text).reduce("", String::concat))
			.reduce("", String::concat);
		assertThat(all).doesNotContain("คุ่มค่า", "ไปร้องใส่", "ฝักระวัง").contains("คุ้มค่า", "โปร่งใส");
	}
}
