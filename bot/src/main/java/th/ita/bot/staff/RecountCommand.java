package th.ita.bot.staff;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import th.ita.bot.system.AdminCommand;
import th.ita.scoring.Figures;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.scores.LiveScores;
import th.ita.survey.scores.ScoreConsistency;

/**
 * {@code java -jar ita-bot.jar recount [--agency PKT] [--year 2569]}: recomputes each agency's
 * scores from the raw responses and compares them with the live counters, figure by figure. Exit
 * status 0 when all agree, 1 on any difference (each printed).
 */
@Component
class RecountCommand implements AdminCommand {

	private final LiveScores scores;

	private final AgencyDirectory agencies;

	RecountCommand(LiveScores scores, AgencyDirectory agencies) {
		this.scores = scores;
		this.agencies = agencies;
	}

	@Override
	public String name() {
		return "recount";
	}

	@Override
	public String usage() {
		return "recount [--agency CODE] [--year 2569]   check the live counters against the raw responses";
	}

	@Override
	public int run(List<String> args) {
		return run(args, System.out, System.err);
	}

	int run(List<String> args, PrintStream out, PrintStream err) {
		Map<String, String> options;
		int year;
		try {
			options = AdminOptions.parse(args, List.of("agency", "year"));
			year = options.containsKey("year") ? Integer.parseInt(options.get("year")) : scores.currentFiscalYear();
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage() + "\nusage: " + usage());
			return 64;
		}
		List<Agency> which;
		if (options.containsKey("agency")) {
			Agency agency = agencies.find(options.get("agency")).orElse(null);
			if (agency == null) {
				err.println("unknown agency " + options.get("agency"));
				return 65;
			}
			which = List.of(agency);
		}
		else {
			which = agencies.all();
		}
		int differing = 0;
		for (Agency agency : which) {
			ScoreCard live = scores.counters(agency.code(), year);
			ScoreCard recount = scores.recount(agency.code(), year);
			List<String> differences = ScoreConsistency.differences(live, recount);
			// the figures printed are the published ones: the live counters move with every respondent
			ScoreCard shown = scores.score(agency.code(), year);
			String figures = "IIT n=" + shown.tool(Tool.IIT).n() + ", EIT n=" + shown.tool(Tool.EIT).n() + ", total "
					+ Figures.score(shown.total());
			if (differences.isEmpty()) {
				out.println(agency.code() + " " + year + ": ตรงกัน (" + figures + ")");
			}
			else {
				differing++;
				out.println(agency.code() + " " + year + ": ไม่ตรงกัน " + differences.size() + " รายการ (live / recount)");
				differences.forEach(d -> out.println("  " + d));
			}
		}
		return differing == 0 ? 0 : 1;
	}
}
