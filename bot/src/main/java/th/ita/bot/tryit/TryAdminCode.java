package th.ita.bot.tryit;

import java.util.Map;

import com.linecorp.bot.spring.boot.core.properties.LineBotProperties;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import th.ita.bot.staff.AdminBootstrap;

/**
 * In local try mode, the first province admin's one-time code (also in the start-up log) for the
 * try page: {@code {"code":"ABCD-EFGH"}} until it is used, then {@code {}}. 404 with a real channel
 * secret, even when the try page is switched on.
 */
@RestController
@Conditional(TryPageSwitch.class)
class TryAdminCode {

	private final AdminBootstrap bootstrap;

	private final boolean local;

	TryAdminCode(AdminBootstrap bootstrap, LineBotProperties line) {
		this.bootstrap = bootstrap;
		this.local = TryPageSwitch.enabled(null, line.channelSecret());
	}

	@GetMapping("/try/admin-code")
	ResponseEntity<Map<String, String>> code() {
		if (!local) {
			return ResponseEntity.notFound().build(); // a try page switched on beside a real channel: never
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(bootstrap.unusedCode().map(c -> Map.of("code", c)).orElse(Map.of()));
	}
}
