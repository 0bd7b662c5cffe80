package th.ita.bot.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import th.ita.bot.support.BotIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Unknown addresses answer in Thai: a page for browsers, a short JSON for programs. */
class ThaiErrorPagesIntegrationTests extends BotIntegrationTest {

	final HttpClient client = HttpClient.newHttpClient();

	HttpResponse<String> get(String path, String accept) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http.url(path)));
		if (accept != null) {
			b.header("Accept", accept);
		}
		return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aBrowserGetsAThaiPageForAnUnknownAddress() throws Exception {
		HttpResponse<String> r = get("/no-such-page", "text/html,application/xhtml+xml,*/*;q=0.8");
		assertThat(r.statusCode()).isEqualTo(404);
		assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(r.body()).contains("lang=\"th\"").contains("ไม่พบหน้าที่ท่านต้องการ").doesNotContain("Not Found")
			.doesNotContain("Whitelabel");
	}

	@Test
	void aProgramGetsThaiJsonAndNothingAboutTheInside() throws Exception {
		HttpResponse<String> r = get("/no-such-page/%3Cscript%3E", null);
		assertThat(r.statusCode()).isIn(400, 404);
		assertThat(r.body()).contains("\"status\":").doesNotContain("Not Found").doesNotContain("<script>")
			.doesNotContain("trace").doesNotContain("exception");
		assertThat(get("/entry/NOPE-NOPE", "text/html").body()).doesNotContain("Whitelabel");
	}
}
