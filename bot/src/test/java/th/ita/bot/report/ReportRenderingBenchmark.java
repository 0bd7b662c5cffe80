package th.ita.bot.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.ita.scoring.Item;
import th.ita.scoring.ScoreCalculator;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tally;
import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;
import th.ita.survey.scores.OitJudgement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long one report takes to render (the seed's figures, no database): XLSX and HTML. Run on
 * purpose, not with the tests:
 * {@code ./mvnw -B -q -pl bot -am test -Dtest=ReportRenderingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ReportRenderingBenchmark {

	static final int WARM_UP = 20;

	static final int RUNS = 100;

	static Report seedReport() throws Exception {
		Scheme scheme = Scheme.load(2563);
		Tally tally = new Tally();
		Map<String, long[]> counts = new LinkedHashMap<>();
		for (String line : Files.readAllLines(Path.of("..", "scoring", "src", "test", "resources", "seed",
				"ita2563-phuket-items.tsv"), StandardCharsets.UTF_8)) {
			if (!line.isBlank() && !line.startsWith("#")) {
				String[] row = line.split("\t", -1);
				counts.put(row[0], Arrays.stream(row[3].split(",")).mapToLong(Long::parseLong).toArray());
			}
		}
		for (Tool tool : List.of(Tool.IIT, Tool.EIT)) {
			long n = 0;
			for (Item item : scheme.form(tool).items()) {
				tally.add(item, counts.get(item.id()));
				n = Math.max(n, Arrays.stream(counts.get(item.id())).sum());
			}
			tally.addRespondents(tool, n);
		}
		Map<String, OitJudgement> judgements = new LinkedHashMap<>();
		for (String line : Files.readAllLines(Path.of("..", "scoring", "src", "test", "resources", "seed",
				"ita2563-phuket-oit.tsv"), StandardCharsets.UTF_8)) {
			if (!line.isBlank() && !line.startsWith("#")) {
				String[] row = line.split("\t", -1);
				boolean pass = new java.math.BigDecimal(row[1]).signum() > 0;
				Item item = scheme.form(Tool.OIT).item(row[0]).orElseThrow();
				tally.add(item, pass ? 0 : 1, 1);
				judgements.put(item.id(), new OitJudgement(item.id(), "SEED", 2563, item.id(), pass, "https://www.phuket.go.th/",
						Instant.now()));
			}
		}
		ScoreCard card = new ScoreCalculator(scheme).score(tally);
		return new Report(new Agency("SEED", "จังหวัดภูเก็ต (ข้อมูลรายงานต้นแบบ)", null, null, null), 2563, card, judgements,
				EnumSet.noneOf(Tool.class), 5, Instant.now());
	}

	@Test
	void renderTheSeedReport() throws Exception {
		Report report = seedReport();
		assertThat(report.total()).isEqualByComparingTo("74.62");
		int xlsxBytes = 0;
		int htmlChars = 0;
		for (int i = 0; i < WARM_UP; i++) {
			xlsxBytes = xlsx(report).length;
			htmlChars = HtmlReport.render(report, "report.xlsx").length();
		}
		long t0 = System.nanoTime();
		for (int i = 0; i < RUNS; i++) {
			xlsx(report);
		}
		long t1 = System.nanoTime();
		for (int i = 0; i < RUNS; i++) {
			HtmlReport.render(report, "report.xlsx");
		}
		long t2 = System.nanoTime();
		System.out.printf("XLSX: %.2f ms per report (%d bytes); HTML: %.3f ms per report (%d chars); %d runs after %d warm-up%n",
				(t1 - t0) / 1e6 / RUNS, xlsxBytes, (t2 - t1) / 1e6 / RUNS, htmlChars, RUNS, WARM_UP);
	}

	static byte[] xlsx(Report report) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxReport.write(report, out);
		return out.toByteArray();
	}
}
