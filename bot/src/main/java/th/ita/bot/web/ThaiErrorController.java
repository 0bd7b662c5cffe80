package th.ita.bot.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * Error pages in Thai instead of Spring's English JSON: a short page for browsers (a link opened
 * from a poster, an expired report link), a short Thai JSON for programs. Says nothing about the
 * inside of the application.
 */
@Controller
class ThaiErrorController implements ErrorController {

	@RequestMapping("/error")
	ResponseEntity<String> error(HttpServletRequest request) {
		HttpStatus status = status(request);
		String title = switch (status) {
			case NOT_FOUND -> "ไม่พบหน้าที่ท่านต้องการ";
			case BAD_REQUEST -> "คำขอไม่ถูกต้อง";
			case FORBIDDEN, UNAUTHORIZED -> "ไม่มีสิทธิ์เข้าถึงหน้านี้";
			case METHOD_NOT_ALLOWED -> "ไม่รองรับคำขอแบบนี้";
			case SERVICE_UNAVAILABLE -> "ระบบไม่พร้อมให้บริการชั่วคราว";
			default -> status.is4xxClientError() ? "คำขอไม่ถูกต้อง" : "ระบบขัดข้องชั่วคราว";
		};
		String advice = switch (status) {
			case NOT_FOUND -> "ลิงก์อาจพิมพ์ผิด หรือหมดอายุแล้ว (ลิงก์รายงานและแดชบอร์ดใช้ได้ชั่วคราว) "
					+ "กรุณาขอลิงก์ใหม่จากบอท ITA ใน LINE";
			case SERVICE_UNAVAILABLE -> "กรุณาลองใหม่อีกครั้งในอีกสักครู่";
			default -> status.is4xxClientError() ? "กรุณาตรวจสอบลิงก์แล้วลองใหม่อีกครั้ง" : "กรุณาลองใหม่อีกครั้งในอีกสักครู่";
		};
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		boolean browser = accept != null && accept.contains("text/html");
		if (!browser) {
			String json = "{\"status\":" + status.value() + ",\"error\":\"" + title + "\",\"message\":\"" + advice + "\"}";
			return ResponseEntity.status(status)
				.contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
				.cacheControl(CacheControl.noStore())
				.body(json);
		}
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.body(page(status.value(), title, advice));
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	static String page(int code, String title, String advice) {
		return """
				<!doctype html>
				<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title>
				<style>body{font-family:"Sarabun","Noto Sans Thai",sans-serif;background:#f4f6f9;color:#1f3a5f;margin:0;display:flex;
				min-height:100vh;align-items:center;justify-content:center}main{background:#fff;border-radius:14px;padding:28px 32px;
				max-width:460px;box-shadow:0 2px 10px rgba(0,0,0,.08)}h1{font-size:22px;margin:0 0 8px}p{line-height:1.6;color:#444}
				small{color:#8a8a8a}</style></head>
				<body><main><small>ITA · รหัสข้อผิดพลาด %d</small><h1>%s</h1><p>%s</p></main></body></html>
				""".formatted(HtmlUtils.htmlEscape(title), code, HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(advice));
	}
}
