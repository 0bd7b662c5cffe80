package th.ita.bot.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The report behind a signed link: {@code /reports/{token}/report.xlsx} and {@code report.html}. A
 * province admin's link ({@code *}) names the agency with {@code ?agency=}. The dashboard also
 * takes an office screen's display link (never the XLSX or HTML report). Expired, revoked or
 * tampered links get 403 with a Thai note to ask the chat for a new one.
 */
@Controller
class ReportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReportLinks links;

	private final Reports reports;

	private final DashboardData dashboards;

	private final String dashboardPage;

	ReportController(ReportLinks links, Reports reports, DashboardData dashboards) throws IOException {
		this.links = links;
		this.reports = reports;
		this.dashboards = dashboards;
		this.dashboardPage = new ClassPathResource("report/dashboard.html").getContentAsString(StandardCharsets.UTF_8);
	}

	@GetMapping("/reports/{token}/report.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String token, @RequestParam(required = false) String agency,
			@RequestParam(required = false) Integer year) throws IOException {
		Report report = report(token, agency, year);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxReport.write(report, out);
		String file = "ITA-" + report.agency().code() + "-" + report.fiscalYear() + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.body(out.toByteArray());
	}

	@GetMapping("/reports/{token}/report.html")
	ResponseEntity<String> html(@PathVariable String token, @RequestParam(required = false) String agency,
			@RequestParam(required = false) Integer year) {
		Report report = report(token, agency, year);
		String xlsx = "report.xlsx" + (agency == null || agency.isBlank() ? "" : "?agency=" + report.agency().code());
		if (year != null) {
			xlsx += (xlsx.contains("?") ? "&" : "?") + "year=" + report.fiscalYear();
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.header("Referrer-Policy", "no-referrer")
			.body(HtmlReport.render(report, xlsx));
	}

	/** The page only: it polls {@code dashboard.json} beside it with the same token. */
	@GetMapping("/reports/{token}/dashboard")
	ResponseEntity<String> dashboard(@PathVariable String token) {
		links.verifyDashboard(token).orElseThrow(Forbidden::new);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.header("Referrer-Policy", "no-referrer")
			.body(dashboardPage);
	}

	@GetMapping("/reports/{token}/dashboard.json")
	ResponseEntity<DashboardData.Dashboard> dashboardJson(@PathVariable String token,
			@RequestParam(required = false) String agency, @RequestParam(required = false) Integer year) {
		String allowed = links.verifyDashboard(token).orElseThrow(Forbidden::new);
		boolean all = ReportLinks.ALL_AGENCIES.equals(allowed);
		String first = all && (agency == null || agency.isBlank()) ? reports.firstAgency().orElseThrow(Forbidden::new) : agency;
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(dashboards.of(reportFor(allowed, first, year), all));
	}

	/**
	 * The agency a short link allows (its own, or any for a province admin's link), for the fiscal
	 * year asked ({@code ?year=2568}, on that year's instrument) or the current one.
	 */
	Report report(String token, String requested, Integer year) {
		return reportFor(links.verify(token).orElseThrow(Forbidden::new), requested, year);
	}

	private Report reportFor(String allowed, String requested, Integer year) {
		if (year != null && (year < 2500 || year > 2800)) {
			throw new org.springframework.web.server.ResponseStatusException(HttpStatus.BAD_REQUEST,
					"year is a Buddhist-era fiscal year such as 2568");
		}
		String agency = requested == null || requested.isBlank() ? allowed : requested;
		if (!ReportLinks.ALL_AGENCIES.equals(allowed) && !allowed.equalsIgnoreCase(agency)) {
			throw new Forbidden();
		}
		return (year == null ? reports.current(agency) : reports.of(agency, year)).orElseThrow(Forbidden::new);
	}

	@ExceptionHandler(Forbidden.class)
	ResponseEntity<String> forbidden() {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.body("<!doctype html><html lang=\"th\"><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
					+ "<title>ลิงก์ใช้ไม่ได้</title><body style=\"font-family:Sarabun,'TH Sarabun New','Noto Sans Thai',sans-serif\">"
					+ "<h1>ลิงก์นี้หมดอายุหรือไม่ถูกต้อง</h1><p>กรุณาพิมพ์ \"รายงาน\" หรือ \"แดชบอร์ด\" ในแชตเพื่อขอลิงก์ใหม่</p></body></html>");
	}

	/** An expired, tampered or foreign link. */
	static class Forbidden extends RuntimeException {

		Forbidden() {
			super(null, null, false, false);
		}
	}
}
