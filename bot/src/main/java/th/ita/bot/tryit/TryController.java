package th.ita.bot.tryit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.linecorp.bot.spring.boot.core.properties.LineBotProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import th.ita.bot.line.WebhookBodies;
import th.ita.survey.staff.StaffRegistration;

/**
 * Talk to the bot in a browser, without a LINE channel: what the person types or taps becomes the
 * webhook event LINE would send, signed with the channel secret and posted to this instance's own
 * webhook path, so the SDK checks it and the same handlers answer. The reply is captured by its
 * reply token ({@link TryReplies}) instead of going to LINE, and returned in LINE's JSON.
 */
@Controller
@Conditional(TryPageSwitch.class)
class TryController {

	private static final Logger log = LoggerFactory.getLogger(TryController.class);

	/** A LINE userId's shape; the page makes a random one per browser. */
	private static final Pattern USER_ID = Pattern.compile("^U[0-9a-f]{32}$");

	/** Jackson 2, which the SDK's client puts messages on the wire with (its models carry Jackson 2 annotations). */
	private static final ObjectMapper LINE_JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final TryReplies replies;

	private final StaffRegistration registration;

	private final String demoAgency;

	private final String channelSecret;

	private final String webhookPath;

	private final String page;

	private final TryConfiguration.DemoStaff demoStaff;

	TryController(TryReplies replies, StaffRegistration registration, TryConfiguration.DemoStaff demoStaff,
			LineBotProperties line, @Value("${line.bot.handler.path:/callback}") String webhookPath) throws IOException {
		this.replies = replies;
		this.registration = registration;
		this.demoStaff = demoStaff;
		this.demoAgency = demoStaff.staffAgency();
		this.channelSecret = line.channelSecret();
		this.webhookPath = webhookPath;
		this.page = new ClassPathResource("tryit/try.html").getContentAsString(StandardCharsets.UTF_8);
	}

	/** What the page sends: typed text, a tapped button's postback data, a sticker, or "follow" (opening the chat). */
	record Say(String userId, String text, String postback, Boolean follow, Boolean sticker) {

		Say(String userId, String text, String postback, Boolean follow) {
			this(userId, text, postback, follow, null);
		}

		boolean isFollow() {
			return Boolean.TRUE.equals(follow);
		}

		boolean isSticker() {
			return Boolean.TRUE.equals(sticker);
		}
	}

	@GetMapping("/try")
	ResponseEntity<String> page() {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.body(page);
	}

	/**
	 * A one-time staff code for the demo agency, so a newcomer can try the staff commands from this
	 * page: on a real deployment an admin runs {@code staff-code}. The page exists only while no
	 * LINE channel is configured (or when switched on explicitly).
	 */
	@PostMapping("/try/staff-code")
	ResponseEntity<String> staffCode() throws IOException {
		StaffRegistration.IssuedCode issued = registration.issue(demoAgency, demoStaff.staffRoles(),
				Duration.ofMinutes(10));
		ObjectNode out = LINE_JSON.createObjectNode();
		out.put("code", issued.code());
		out.put("agency", issued.agency());
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
			.body(LINE_JSON.writeValueAsString(out));
	}

	@PostMapping(path = "/try/send", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> send(@RequestBody Say say, HttpServletRequest request) throws IOException {
		if (say.userId() == null || !USER_ID.matcher(say.userId()).matches()
				|| (say.text() != null && say.text().length() > 5000)
				|| (say.postback() != null && say.postback().length() > 300)) {
			return ResponseEntity.badRequest().build();
		}
		String replyToken = "try-" + UUID.randomUUID();
		String body = webhookBody(say, replyToken);
		if (body == null) {
			return ResponseEntity.badRequest().build();
		}
		replies.expect(replyToken);
		try {
			int status = post(request, body);
			List<Message> reply = status == 200 ? replies.take(replyToken).orElse(List.of()) : List.of();
			ObjectNode out = LINE_JSON.createObjectNode();
			out.put("status", status);
			// as the reply request LINE would receive (its declared List<Message> carries each message's "type")
			out.set("messages", LINE_JSON.valueToTree(new ReplyMessageRequest(replyToken, reply, false)).get("messages"));
			return ResponseEntity.status(status == 200 ? HttpStatus.OK : HttpStatus.BAD_GATEWAY)
				.contentType(MediaType.APPLICATION_JSON)
				.cacheControl(CacheControl.noStore())
				.body(LINE_JSON.writeValueAsString(out));
		}
		finally {
			replies.take(replyToken);
		}
	}

	/** The webhook request body exactly as LINE sends it (one event from a one-to-one chat). */
	String webhookBody(Say say, String replyToken) {
		long now = System.currentTimeMillis();
		ObjectNode event;
		if (say.isFollow()) {
			event = WebhookBodies.follow(say.userId(), now);
		}
		else if (say.isSticker()) {
			event = WebhookBodies.sticker(say.userId(), now);
		}
		else if (say.postback() != null) {
			event = WebhookBodies.postback(say.userId(), say.postback(), now);
		}
		else if (say.text() != null && !say.text().isBlank()) {
			event = WebhookBodies.text(say.userId(), say.text(), now);
		}
		else {
			return null;
		}
		event.put("replyToken", replyToken);
		return WebhookBodies.body("Utryitpage00000000000000000000000", event);
	}

	private int post(HttpServletRequest request, String body) throws IOException {
		String host = request.getLocalAddr().contains(":") ? "[" + request.getLocalAddr() + "]" : request.getLocalAddr();
		HttpRequest post = HttpRequest.newBuilder(URI.create("http://" + host + ":" + request.getLocalPort() + webhookPath))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/json; charset=UTF-8")
			.header("x-line-signature", sign(body))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		try {
			return http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
		catch (IOException ex) {
			log.warn("Try-it page could not reach the webhook: {}", ex.toString());
			return 503;
		}
	}

	private String sign(String body) {
		return WebhookBodies.sign(body, channelSecret);
	}
}
