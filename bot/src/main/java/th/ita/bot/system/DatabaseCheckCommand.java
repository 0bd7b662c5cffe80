package th.ita.bot.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.response.TallyStore;
import th.ita.survey.scores.LiveScores;

/**
 * {@code db-check [--agency PKT] [--year 2569] [--expect FILE] [--forbid TEXT]...}: prints responses
 * stored and counted per form, counter n against a recount from the raw responses, sessions by
 * phase, and every problem found; exits 1 when there is one. Run it on a stopped bot's database
 * (one H2 file serves one process).
 */
@Component
class DatabaseCheckCommand implements AdminCommand {

	private final DatabaseCheck check;

	private final AgencyDirectory agencies;

	private final LiveScores scores;

	DatabaseCheckCommand(MongoTemplate mongo, TallyStore tallies, AgencyDirectory agencies, LiveScores scores) {
		this.check = new DatabaseCheck(mongo, tallies, agencies);
		this.agencies = agencies;
		this.scores = scores;
	}

	@Override
	public String name() {
		return "db-check";
	}

	@Override
	public String usage() {
		return "db-check [--agency PKT] [--year 2569] [--expect answers.txt] [--forbid TEXT]   (counters vs recount, response schema)";
	}

	@Override
	public int run(List<String> args) {
		List<String> codes = new ArrayList<>();
		List<String> forbidden = new ArrayList<>();
		Map<String, Long> expected = Map.of();
		int year = scores.currentFiscalYear();
		for (int i = 0; i + 1 < args.size(); i += 2) {
			String value = args.get(i + 1);
			switch (args.get(i)) {
				case "--agency" -> codes.add(Agency.normalize(value));
				case "--year" -> year = Integer.parseInt(value);
				case "--expect" -> expected = DatabaseCheck.readExpected(Path.of(value));
				case "--forbid" -> forbidden.add(value);
				default -> {
					System.err.println("usage: " + usage());
					return 64;
				}
			}
		}
		if (codes.isEmpty()) {
			agencies.all().forEach(a -> codes.add(a.code()));
		}
		DatabaseCheck.Report report = check.check(codes, year, expected, forbidden);
		print(report, !expected.isEmpty());
		return report.ok() ? 0 : 1;
	}

	static void print(DatabaseCheck.Report report, boolean comparedExpected) {
		System.out.println("fiscal year " + report.fiscalYear());
		for (DatabaseCheck.FormCounts f : report.forms()) {
			System.out.printf("form %s %s stored=%d counted=%d counterN=%d recountN=%d countersEqualRecount=%s%n", f.agency(),
					f.tool(), f.stored(), f.counted(), f.counterN(), f.recountN(), f.countsEqual());
		}
		System.out.println("responses=" + report.responses() + " submissionMarks=" + report.submissionMarks()
				+ " handledEvents=" + report.handledEvents());
		System.out.println("sessions " + report.sessionsByPhase());
		if (comparedExpected) {
			System.out.println("expected answers compared with the counters");
		}
		report.problems().forEach(p -> System.out.println("PROBLEM " + p));
		System.out.println(report.ok() ? "db-check: OK" : "db-check: FAILED (" + report.problems().size() + " problems)");
	}
}
