package th.ita.bot.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import th.ita.bot.support.BotIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Health details (paths, disk, inbox counts) for the operator on the machine, the status for everyone else. */
class HealthDetailsIntegrationTests extends BotIntegrationTest {

	String health(String forwardedFor) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"));
		if (forwardedFor != null) {
			b.header("X-Forwarded-For", forwardedFor);
		}
		HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).isEqualTo(200);
		return r.body();
	}

	@Test
	void aLocalCallerSeesTheDetails() throws Exception {
		assertThat(health(null)).contains("\"UP\"").contains("inbox").contains("setAside");
	}

	@Test
	void aCallerThroughAProxySeesTheStatusOnly() throws Exception {
		String body = health("203.0.113.7");
		assertThat(body).contains("\"UP\"").doesNotContain("setAside").doesNotContain("diskSpace").doesNotContain("path");
	}
}
