package th.ita.bot.plan;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.plan.ImprovementPlan;
import th.ita.survey.scores.LiveScores;

/** The public plan page, the evidence an OIT judge can open for o42/o43: the seed's table, nothing else. */
@RestController
class PlanPageController {

	private final ImprovementPlan plan;

	private final AgencyDirectory agencies;

	private final LiveScores scores;

	PlanPageController(ImprovementPlan plan, AgencyDirectory agencies, LiveScores scores) {
		this.plan = plan;
		this.agencies = agencies;
		this.scores = scores;
	}

	@GetMapping("/plan/{agency}/{year:\\d{4}}")
	ResponseEntity<String> page(@PathVariable String agency, @PathVariable int year) {
		Agency a = agencies.find(agency).orElse(null);
		if (a == null) {
			return ResponseEntity.notFound().build();
		}
		String title = "แผนพัฒนาการส่งเสริมคุณธรรมและความโปร่งใส " + a.name() + " ประจำปีงบประมาณ พ.ศ. " + year;
		String body = "<!doctype html><html lang=\"th\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title) + "</title><style>"
				+ "body{font-family:\"Sarabun\",\"TH Sarabun New\",\"Noto Sans Thai\",sans-serif;margin:24px auto;max-width:1100px;padding:0 12px}"
				+ "@media print{@page{size:A4 landscape;margin:12mm}}</style></head><body><h1 style=\"font-size:20px\">"
				+ esc(title) + "</h1>" + PlanHtml.table(PlanRows.of(scores.scheme(year), plan.of(a.code(), year))) + "</body></html>";
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(body);
	}

	private static String esc(String s) {
		return HtmlUtils.htmlEscape(s, "UTF-8");
	}
}
