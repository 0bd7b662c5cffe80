package th.ita.survey.conversation;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.ita.scoring.Scale;
import th.ita.scoring.Scheme;

import static org.assertj.core.api.Assertions.assertThat;

class TypedAnswerTests {

	static final Scheme scheme = Scheme.load(2563);

	final Scale level4 = scheme.form(th.ita.scoring.Tool.EIT).items().get(0).scale();

	final Scale yesNo = scheme.form(th.ita.scoring.Tool.EIT).item("e4.1").orElseThrow().scale();

	@Test
	void numbersAsShownAndTheOptionsWordsAreAnswers() {
		assertThat(TypedAnswer.match(level4, "1")).contains("1");
		assertThat(TypedAnswer.match(level4, " 4 ")).contains("4");
		assertThat(TypedAnswer.match(level4, "๒")).contains("2");
		assertThat(TypedAnswer.match(level4, "ตอบ 3")).contains("3");
		assertThat(TypedAnswer.match(level4, "ข้อ 3")).as("about question 3, not option 3").isEmpty();
		assertThat(TypedAnswer.match(level4, "มาก")).contains("3");
		assertThat(TypedAnswer.match(level4, "มากที่สุด")).contains("4");
		assertThat(TypedAnswer.match(level4, "น้อย")).contains("2");
		assertThat(TypedAnswer.match(level4, "ไม่มีเลย")).contains("1");
		assertThat(TypedAnswer.match(level4, "น้อยที่สุด/ไม่มีเลย")).contains("1");
		assertThat(TypedAnswer.match(yesNo, "มี")).contains("yes");
		assertThat(TypedAnswer.match(yesNo, "ไม่มี")).contains("no");
		assertThat(TypedAnswer.match(yesNo, "2")).contains("no");
	}

	@Test
	void anythingElseIsNoAnswer() {
		for (String typed : List.of("0", "5", "12", "มากๆ", "น้อยมาก", "ok", "", "   ", "สวัสดีครับ", "1 2")) {
			assertThat(TypedAnswer.match(level4, typed)).as(typed).isEmpty();
		}
		assertThat(TypedAnswer.match(yesNo, "3")).isEmpty();
		assertThat(TypedAnswer.match(yesNo, "มาก")).isEmpty();
	}

	@Test
	void aScaleOfAnyLengthTakesItsOwnNumbers() {
		List<Scale.Option> six = new java.util.ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			six.add(new Scale.Option("v" + i, "ระดับ " + i, BigDecimal.valueOf(i)));
		}
		Scale scale = new Scale("LEVEL6", six);
		assertThat(TypedAnswer.match(scale, "6")).contains("v6");
		assertThat(TypedAnswer.match(scale, "ระดับ 5")).contains("v5");
		assertThat(TypedAnswer.match(scale, "7")).isEmpty();
	}

	@Test
	void theSummaryShowsTheSeedsWordingWithoutItsClosingWords() {
		var eit = scheme.form(th.ita.scoring.Tool.EIT);
		var e2 = eit.item("e2").orElseThrow();
		assertThat(Wording.of(eit.questionOf(e2), e2)).startsWith("เจ้าหน้าที่ของหน่วยงาน").doesNotEndWith("มากน้อยเพียงใด");
		var e41 = eit.item("e4.1").orElseThrow();
		assertThat(Wording.of(eit.questionOf(e41), e41)).isEqualTo(e41.text());
		assertThat(Wording.stem(eit.questionOf(e41), e41)).isNotEmpty().doesNotContain("หรือไม่");
	}
}
