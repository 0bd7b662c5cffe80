package th.ita.survey.scores;

import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import th.ita.scoring.Item;
import th.ita.scoring.Scheme;
import th.ita.scoring.ScoreCalculator;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tally;
import th.ita.scoring.Tool;

import static org.assertj.core.api.Assertions.assertThat;

class VisibleScoresTests {

	static final Scheme SCHEME = Scheme.load(2563);

	static ScoreCard card() {
		Tally tally = new Tally();
		Random random = new Random(3);
		for (Tool tool : new Tool[] { Tool.IIT, Tool.EIT }) {
			tally.addRespondents(tool, 4);
			for (Item item : SCHEME.form(tool).items()) {
				for (int r = 0; r < 4; r++) {
					tally.add(item, random.nextInt(item.scale().options().size()), 1);
				}
			}
		}
		SCHEME.form(Tool.OIT).items().forEach(item -> tally.add(item, 0, 1));
		return new ScoreCalculator(SCHEME).score(tally);
	}

	@Test
	void nothingHiddenLeavesTheCardAsTheScorerMadeIt() {
		ScoreCard card = card();
		assertThat(VisibleScores.hide(card, Set.of())).isSameAs(card);
	}

	@Test
	void aHiddenFormLosesEveryFigureAndTheTotalGoesWithIt() {
		ScoreCard full = card();
		ScoreCard shown = VisibleScores.hide(full, Set.of(Tool.IIT));
		assertThat(shown.items().keySet()).noneMatch(id -> id.startsWith("i"))
			.anyMatch(id -> id.startsWith("e"))
			.anyMatch(id -> id.startsWith("o"));
		assertThat(shown.questions().keySet()).noneMatch(id -> id.startsWith("i"));
		assertThat(shown.indicators().keySet()).containsExactly("6", "7", "8", "9", "10");
		assertThat(shown.tool(Tool.IIT).score()).isNull();
		assertThat(shown.tool(Tool.IIT).interval()).isNull();
		assertThat(shown.tool(Tool.IIT).n()).isEqualTo(4);
		assertThat(shown.total()).isNull();
		assertThat(shown.level()).isNull();
		// what stays is the scorer's figure unchanged
		assertThat(shown.tool(Tool.EIT)).isEqualTo(full.tool(Tool.EIT));
		assertThat(shown.item("e1.1")).isSameAs(full.item("e1.1"));
		assertThat(shown.subindicators()).isEqualTo(full.subindicators());
	}
}
