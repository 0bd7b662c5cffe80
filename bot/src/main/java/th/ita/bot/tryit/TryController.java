package th.ita.bot.tryit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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

	private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	/** Jackson 2, which the SDK's client puts messages on the wire with (its models carry Jackson 2 annotations). */
	private static final ObjectMapper LINE_JSON = new ObjectMapper();

	private final SecureRandom random = new SecureRandom();

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
		ObjectNode event = LINE_JSON.createObjectNode();
		if (say.isFollow()) {
			event.put("type", "follow");
			event.putObject("follow").put("isUnblocked", false);
		}
		else if (say.isSticker()) {
			// one of LINE's free sample stickers (package 446, "Moon: Special Edition")
			event.put("type", "message");
			ObjectNode m = event.putObject("message");
			m.put("type", "sticker");
			m.put("id", String.valueOf(Math.abs(random.nextLong() % 1_000_000_000_000_000L)));
			m.put("quoteToken", UUID.randomUUID().toString());
			m.put("packageId", "446");
			m.put("stickerId", "1988");
			m.put("stickerResourceType", "STATIC");
		}
		else if (say.postback() != null) {
			event.put("type", "postback");
			event.putObject("postback").put("data", say.postback());
		}
		else if (say.text() != null && !say.text().isBlank()) {
			event.put("type", "message");
			ObjectNode m = event.putObject("message");
			m.put("type", "text");
			m.put("id", String.valueOf(Math.abs(random.nextLong() % 1_000_000_000_000_000L)));
			m.put("quoteToken", UUID.randomUUID().toString());
			m.put("text", say.text());
		}
		else {
			return null;
		}
		event.put("mode", "active");
		event.put("timestamp", System.currentTimeMillis());
		event.put("webhookEventId", ulid());
		event.putObject("deliveryContext").put("isRedelivery", false);
		event.put("replyToken", replyToken);
		ObjectNode source = event.putObject("source");
		source.put("type", "user");
		source.put("userId", say.userId());
		ObjectNode root = LINE_JSON.createObjectNode();
		root.put("destination", "Utryitpage00000000000000000000000");
		root.putArray("events").add(event);
		return root.toString();
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
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(channelSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A ULID-shaped event id (time, then randomness), as LINE's webhookEventId. */
	private String ulid() {
		StringBuilder s = new StringBuilder(26);
		long time = System.currentTimeMillis();
		for (int i = 9; i >= 0; i--) {
			s.append(CROCKFORD[(int) ((time >>> (5 * i)) & 31)]);
		}
		for (int i = 0; i < 16; i++) {
			s.append(CROCKFORD[random.nextInt(32)]);
		}
		return s.toString();
	}
}
