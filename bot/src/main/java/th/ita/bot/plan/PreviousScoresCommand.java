package th.ita.bot.plan;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

import th.ita.bot.system.AdminCommand;
import th.ita.scoring.Scheme;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.plan.LastYear;
import th.ita.survey.plan.PreviousScores;
import th.ita.survey.scores.LiveScores;

/**
 * {@code previous-scores --agency PKT --year 2563 --file scores.json} or
 * {@code --scores 1=89.28,2=81.91,... [--total 74.62 --level C]}: an earlier year's figures typed in
 * from that year's report, so this year's card shows the change per indicator. The JSON file:
 * {@code {"indicators": {"1": 89.28, ...}, "total": 74.62, "level": "C"}}.
 */
@Component
class PreviousScoresCommand implements AdminCommand {

	private static final List<String> KNOWN = List.of("agency", "year", "file", "scores", "total", "level");

	private final LastYear lastYear;

	private final AgencyDirectory agencies;

	private final LiveScores scores;

	PreviousScoresCommand(LastYear lastYear, AgencyDirectory agencies, LiveScores scores) {
		this.lastYear = lastYear;
		this.agencies = agencies;
		this.scores = scores;
	}

	@Override
	public String name() {
		return "previous-scores";
	}

	@Override
	public String usage() {
		return "previous-scores --agency CODE --year 2563 (--file scores.json | --scores 1=89.28,2=81.91,...) "
				+ "[--total 74.62 --level C]   import an earlier year's report figures";
	}

	@Override
	public int run(List<String> args) {
		return run(args, System.out, System.err);
	}

	int run(List<String> args, PrintStream out, PrintStream err) {
		try {
			Map<String, String> o = options(args);
			String agency = agencies.find(required(o, "agency"))
				.orElseThrow(() -> new IllegalArgumentException("unknown agency " + o.get("agency")))
				.code();
			int year = Integer.parseInt(required(o, "year"));
			Scheme scheme = scores.scheme(year);
			Map<String, BigDecimal> indicators = new LinkedHashMap<>();
			BigDecimal total = o.containsKey("total") ? new BigDecimal(o.get("total")) : null;
			String level = o.get("level");
			if (o.containsKey("file")) {
				JsonNode root = new ObjectMapper().readTree(Files.readString(Path.of(o.get("file"))));
				root.path("indicators").properties().forEach(e -> indicators.put(e.getKey(), e.getValue().decimalValue()));
				total = root.hasNonNull("total") ? root.get("total").decimalValue() : total;
				level = root.hasNonNull("level") ? root.get("level").asText() : level;
			}
			else {
				for (String pair : required(o, "scores").split(",")) {
					String[] kv = pair.trim().split("=");
					if (kv.length != 2) {
						throw new IllegalArgumentException("bad --scores entry '" + pair + "' (want 1=89.28)");
					}
					indicators.put(kv[0].trim(), new BigDecimal(kv[1].trim()));
				}
			}
			for (Map.Entry<String, BigDecimal> e : indicators.entrySet()) {
				if (PlanRows.indicator(scheme, e.getKey()).equals(e.getKey())) {
					throw new IllegalArgumentException("no indicator " + e.getKey() + " in " + scheme.name());
				}
				if (e.getValue().signum() < 0 || e.getValue().compareTo(BigDecimal.valueOf(100)) > 0) {
					throw new IllegalArgumentException("indicator " + e.getKey() + ": " + e.getValue() + " is not 0-100");
				}
			}
			if (indicators.isEmpty()) {
				throw new IllegalArgumentException("no indicator scores given");
			}
			lastYear.save(new PreviousScores(PreviousScores.id(agency, year), agency, year, indicators, total, level,
					PreviousScores.Source.IMPORTED));
			out.println(agency + " " + year + ": " + indicators.size() + " indicators imported"
					+ (total == null ? "" : ", total " + total.toPlainString()) + (level == null ? "" : " " + level));
			return 0;
		}
		catch (IOException ex) {
			err.println("cannot read file: " + ex.getMessage());
			return 66;
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage() + "\nusage: " + usage());
			return 64;
		}
	}

	private static Map<String, String> options(List<String> args) {
		Map<String, String> o = new HashMap<>();
		for (int i = 0; i < args.size(); i += 2) {
			String key = args.get(i).startsWith("--") ? args.get(i).substring(2) : null;
			if (key == null || !KNOWN.contains(key) || i + 1 >= args.size()) {
				throw new IllegalArgumentException("unexpected argument " + args.get(i));
			}
			o.put(key, args.get(i + 1));
		}
		return o;
	}

	private static String required(Map<String, String> o, String key) {
		String v = o.get(key);
		if (v == null || v.isBlank()) {
			throw new IllegalArgumentException("--" + key + " is required");
		}
		return v;
	}
}
