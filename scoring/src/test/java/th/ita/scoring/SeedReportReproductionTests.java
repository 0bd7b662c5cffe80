package th.ita.scoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The library against the seed report (Phuket, ITA 2563). The fixture files under
 * {@code src/test/resources/seed/} were extracted from the seed text by
 * {@code tools/extract_seed_fixture.py}: printed shares, printed scores, and the integer answer
 * counts that reproduce the printed shares. Nothing here comes from the library's own output.
 */
class SeedReportReproductionTests {

	static Scheme scheme;

	static List<String[]> itemRows;

	static Map<String, String> printed;

	static ScoreCard card;

	@BeforeAll
	static void scoreTheSeed() throws IOException {
		scheme = Scheme.load(2563);
		itemRows = rows("seed/ita2563-phuket-items.tsv");
		printed = new LinkedHashMap<>();
		rows("seed/ita2563-phuket-summary.tsv").forEach(r -> printed.put(r[0], r[1]));
		Tally tally = new Tally();
		long iit = 0;
		long eit = 0;
		for (String[] row : itemRows) {
			Item item = scheme.item(row[0]).orElseThrow(() -> new AssertionError("no item " + row[0] + " in the forms"));
			long[] counts = Arrays.stream(row[3].split(",")).mapToLong(Long::parseLong).toArray();
			tally.add(item, counts);
			long n = Arrays.stream(counts).sum();
			if (row[0].startsWith("i")) {
				iit = Math.max(iit, n);
			}
			else {
				eit = Math.max(eit, n);
			}
		}
		tally.addRespondents(Tool.IIT, iit).addRespondents(Tool.EIT, eit);
		for (String[] row : rows("seed/ita2563-phuket-oit.tsv")) {
			Item item = scheme.item(row[0]).orElseThrow();
			tally.add(item, new BigDecimal(row[1]).signum() > 0 ? 0 : 1, 1);
		}
		card = new ScoreCalculator(scheme).score(tally);
	}

	@Test
	void fixtureCoversEveryIitAndEitItemOfTheForms() {
		List<String> fixtureIds = itemRows.stream().map(r -> r[0]).toList();
		List<String> formIds = new ArrayList<>();
		scheme.form(Tool.IIT).items().forEach(i -> formIds.add(i.id()));
		scheme.form(Tool.EIT).items().forEach(i -> formIds.add(i.id()));
		assertThat(fixtureIds).containsExactlyElementsOf(formIds).hasSize(70);
	}

	@Test
	void reproducesEveryPrintedItemScore() {
		for (String[] row : itemRows) {
			assertThat(card.item(row[0]).score()).as("score of %s", row[0])
				.isCloseTo(new BigDecimal(row[2]), within(new BigDecimal("0.01")));
		}
	}

	@Test
	void reproducesEveryPrintedItemScoreExactlyToTwoDecimals() {
		for (String[] row : itemRows) {
			assertThat(card.item(row[0]).score()).as("score of %s", row[0]).isEqualByComparingTo(row[2]);
		}
	}

	@Test
	void reproducesEveryPrintedShare() {
		for (String[] row : itemRows) {
			String[] shares = row[1].split(",");
			List<BigDecimal> percents = card.item(row[0]).percents();
			for (int i = 0; i < shares.length; i++) {
				assertThat(percents.get(i)).as("share %d of %s", i + 1, row[0])
					.isCloseTo(new BigDecimal(shares[i]), within(new BigDecimal("0.01")));
			}
		}
	}

	@Test
	void reproducesTheTenIndicators() {
		for (int i = 1; i <= 10; i++) {
			assertThat(card.indicator(String.valueOf(i)).score()).as("indicator %d", i)
				.isEqualByComparingTo(printed.get("indicator." + i));
		}
	}

	@Test
	void reproducesToolScoresTotalAndLevel() {
		assertThat(card.tool(Tool.IIT).score()).isEqualByComparingTo(printed.get("IIT"));
		assertThat(card.tool(Tool.EIT).score()).isEqualByComparingTo(printed.get("EIT"));
		assertThat(card.tool(Tool.OIT).score()).isEqualByComparingTo(printed.get("OIT"));
		assertThat(card.total()).isEqualByComparingTo(printed.get("total"));
		assertThat(card.level()).isEqualTo(printed.get("level"));
	}

	@Test
	void reproducesOitSubIndicators() {
		assertThat(card.subindicators()).containsEntry("9.1", new BigDecimal("100.00"))
			.containsEntry("9.4", new BigDecimal("75.00"))
			.containsEntry("9.5", new BigDecimal("60.00"))
			.containsEntry("10.2", new BigDecimal("0.00"));
	}

	@Test
	void reproducesTheWeakestFirstAnalysis() {
		Weakness weakness = Weakness.of(card, 3);
		assertThat(weakness.urgent().stream().map(ScoreCard.IndicatorScore::id))
			.containsExactly(printed.get("urgent").split(","));
		assertThat(weakness.toImprove().stream().map(ScoreCard.IndicatorScore::id))
			.containsExactly(printed.get("toImprove").split(","));
		// the weakest indicator (10) is raised most by its unpublished items o42/o43
		assertThat(weakness.levers().get(0).itemId()).isIn("o42", "o43");
	}

	@Test
	void intervalsSurroundTheScores() {
		ScoreCard.ItemScore i11 = card.item("i1.1");
		assertThat(i11.interval().low()).isLessThan(i11.score());
		assertThat(i11.interval().high()).isGreaterThan(i11.score());
		ScoreCard.ToolScore iit = card.tool(Tool.IIT);
		assertThat(iit.interval().low()).isLessThan(iit.score());
		assertThat(iit.interval().high()).isGreaterThan(iit.score());
	}

	static List<String[]> rows(String resource) throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader r = new BufferedReader(new InputStreamReader(
				SeedReportReproductionTests.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
			String line;
			while ((line = r.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(line.split("\t", -1));
				}
			}
		}
		return rows;
	}
}
