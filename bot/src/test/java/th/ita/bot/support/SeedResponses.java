package th.ita.bot.support;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import th.ita.scoring.Item;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;
import th.ita.survey.conversation.Answer;
import th.ita.survey.conversation.SurveyService;
import th.ita.survey.response.SurveyResponse;
import th.ita.survey.scores.LiveScores;

/**
 * Loads the seed report's distributions (Phuket, ITA 2563) as stored, counted responses of one
 * agency, plus its OIT judgements: the fixture extracted from the seed text by
 * tools/extract_seed_fixture.py (scoring/src/test/resources/seed/). Respondent r answers item X
 * with the option whose cumulative count range holds r, and skips X when r is past X's count, so
 * every item's distribution equals the seed's.
 */
public final class SeedResponses {

	static final Path SEED = Path.of("..", "scoring", "src", "test", "resources", "seed");

	private SeedResponses() {
	}

	/**
	 * Stores the seed's responses for {@code agency} in {@code fiscalYear}, all given on {@code day};
	 * returns respondents per form.
	 */
	public static Map<Tool, Integer> load(SurveyService surveys, LiveScores scores, Scheme scheme, String agency,
			int fiscalYear, LocalDate day) {
		Map<Tool, Integer> n = new LinkedHashMap<>();
		Map<String, long[]> counts = new LinkedHashMap<>();
		for (String[] row : rows("ita2563-phuket-items.tsv")) {
			counts.put(row[0], Arrays.stream(row[3].split(",")).mapToLong(Long::parseLong).toArray());
		}
		for (Tool tool : List.of(Tool.IIT, Tool.EIT)) {
			List<Item> items = scheme.form(tool).items();
			long respondents = items.stream().mapToLong(i -> Arrays.stream(counts.get(i.id())).sum()).max().orElse(0);
			for (long r = 0; r < respondents; r++) {
				List<Answer> answers = new ArrayList<>();
				for (Item item : items) {
					long[] c = counts.get(item.id());
					long upTo = 0;
					for (int o = 0; o < c.length; o++) {
						upTo += c[o];
						if (r < upTo) {
							answers.add(new Answer(item.id(), item.scale().options().get(o).value()));
							break;
						}
					}
				}
				SurveyResponse response = new SurveyResponse(UUID.randomUUID().toString(), tool, agency, fiscalYear, answers,
						day, false);
				surveys.countResponse(response);
			}
			n.put(tool, (int) respondents);
		}
		for (String[] row : rows("ita2563-phuket-oit.tsv")) {
			scores.judge(agency, fiscalYear, row[0], new BigDecimal(row[1]).signum() > 0, "https://www.phuket.go.th/");
		}
		return n;
	}

	static List<String[]> rows(String file) {
		try {
			return Files.readAllLines(SEED.resolve(file), StandardCharsets.UTF_8)
				.stream()
				.filter(l -> !l.isBlank() && !l.startsWith("#"))
				.map(l -> l.split("\t", -1))
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("seed fixture missing: " + SEED.toAbsolutePath(), ex);
		}
	}
}
