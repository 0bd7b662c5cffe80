package th.ita.bot.entry;

import java.util.Base64;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;

/**
 * Printable entry posters: /entry lists the agencies, /entry/PKT prints the EIT and IIT QR codes of
 * one agency (A4, Thai). The links carry no secret: the IIT access code is asked in the chat.
 */
@RestController
class EntryController {

	private final AgencyDirectory agencies;

	private final EntryLinks links;

	EntryController(AgencyDirectory agencies, EntryLinks links) {
		this.agencies = agencies;
		this.links = links;
	}

	@GetMapping(value = "/entry", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
	String index() {
		StringBuilder rows = new StringBuilder();
		for (Agency a : agencies.all()) {
			rows.append("<li><a href=\"/entry/").append(esc(a.code())).append("\">").append(esc(a.code())).append(" — ")
				.append(esc(a.name())).append("</a></li>");
		}
		return page("ลิงก์และคิวอาร์โค้ดเข้าทำแบบประเมิน", "<h1>ลิงก์และคิวอาร์โค้ดเข้าทำแบบประเมิน ITA</h1>" + notice()
				+ "<ul>" + rows + "</ul>");
	}

	@GetMapping(value = "/entry/{code}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
	ResponseEntity<String> poster(@PathVariable String code) {
		Agency a = agencies.find(code).orElse(null);
		if (a == null) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
				.body(page("ไม่พบหน่วยงาน", "<p>ไม่พบหน่วยงานรหัส " + esc(code) + "</p>"));
		}
		StringBuilder body = new StringBuilder();
		body.append("<h1>").append(esc(a.name())).append("</h1>").append(notice());
		for (Tool tool : new Tool[] { Tool.EIT, Tool.IIT }) {
			String text = EntryLinks.startText(tool, a.code());
			String link = links.link(tool, a.code());
			String who = tool == Tool.EIT ? "สำหรับผู้รับบริการ ผู้มาติดต่อ และผู้มีส่วนได้ส่วนเสียภายนอก"
					: "สำหรับบุคลากรของหน่วยงาน (ใช้รหัสเข้าร่วมที่หน่วยงานแจ้ง)";
			body.append("<section class=\"poster\"><h2>แบบวัดการรับรู้ ").append(tool).append("</h2><p>").append(who)
				.append("</p>");
			if (link != null) {
				body.append("<img alt=\"QR ").append(tool).append("\" src=\"data:image/png;base64,")
					.append(Base64.getEncoder().encodeToString(EntryLinks.qrPng(link, 360)))
					.append("\"><p class=\"link\">").append(esc(link)).append("</p>");
			}
			body.append("<p>สแกนคิวอาร์โค้ดด้วย LINE แล้วกดส่งข้อความ หรือเพิ่มเพื่อนบัญชี LINE ของหน่วยงานแล้วพิมพ์ <b>")
				.append(esc(text)).append("</b></p></section>");
		}
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8")).body(page(a.name(), body.toString()));
	}

	private String notice() {
		return links.configured() ? ""
				: "<p class=\"warn\">ยังไม่ได้ตั้งค่า LINE ID ของบอท (ita.line.basic-id / ITA_LINE_BASIC_ID) จึงยังสร้างคิวอาร์โค้ดไม่ได้</p>";
	}

	private static String esc(String s) {
		return HtmlUtils.htmlEscape(s == null ? "" : s);
	}

	private static String page(String title, String body) {
		return """
				<!doctype html><html lang="th"><head><meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title><style>
				body{font-family:"Sarabun","TH Sarabun New","Noto Sans Thai",Tahoma,sans-serif;margin:2rem;color:#222}
				.poster{border:2px solid #06c755;border-radius:12px;padding:1rem;margin:1rem 0;text-align:center;page-break-inside:avoid}
				.poster img{width:8cm;height:8cm}.link{font-size:.8rem;word-break:break-all;color:#555}
				.warn{background:#fff3cd;padding:.5rem;border-radius:6px}
				@media print{body{margin:0}.poster{page-break-after:always;border:none}}
				</style></head><body>%s</body></html>""".formatted(esc(title), body);
	}
}
