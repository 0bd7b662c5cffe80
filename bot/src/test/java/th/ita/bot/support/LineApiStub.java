package th.ita.bot.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/**
 * A local stand-in for the LINE Messaging API (api.line.me and api-data.line.me): records every
 * call, answers replies with 200, serves registered message contents (photos). Tests wait on what
 * it records, never on the time passing.
 */
public final class LineApiStub {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String REPLY = "/v2/bot/message/reply";

	private final MockWebServer server = new MockWebServer();

	private final Map<String, byte[]> contents = new ConcurrentHashMap<>();

	/** Bodies of the loading-animation calls ({@code /v2/bot/chat/loading/start}), in order. */
	private final BlockingQueue<String> loadingStarts = new LinkedBlockingQueue<>();

	private final List<String> paths = new CopyOnWriteArrayList<>();

	public LineApiStub() {
		server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				String path = request.getPath() == null ? "" : request.getPath();
				paths.add(request.getMethod() + " " + path);
				if (path.equals("/v2/bot/chat/loading/start")) {
					loadingStarts.add(request.getBody().clone().readUtf8());
					return new MockResponse().setResponseCode(202).setHeader("Content-Type", "application/json").setBody("{}");
				}
				if (path.matches("/v2/bot/message/[^/]+/content")) {
					String id = path.split("/")[4];
					byte[] body = contents.get(id);
					if (body == null) {
						return new MockResponse().setResponseCode(404).setBody("{\"message\":\"Not found\"}");
					}
					return new MockResponse().setHeader("Content-Type", "image/jpeg").setBody(new Buffer().write(body));
				}
				if (path.equals("/v2/bot/richmenu") && "POST".equals(request.getMethod())) {
					return json("{\"richMenuId\":\"richmenu-test-1\"}");
				}
				return json("{}");
			}
		});
		try {
			server.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MockResponse json(String body) {
		return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
	}

	public String url() {
		return server.url("/").toString();
	}

	/** The next loading-animation request body for this chat, or null after the timeout. */
	public String nextLoadingStart(String chatId, long millis) {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
		try {
			for (long left = millis; left > 0; left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
				String body = loadingStarts.poll(left, TimeUnit.MILLISECONDS);
				if (body == null || JSON.readTree(body).path("chatId").asText().equals(chatId)) {
					return body;
				}
			}
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Every call made to the stub so far, as "METHOD /path" (leave group, loading...). */
	public List<String> paths() {
		return List.copyOf(paths);
	}

	public void serveContent(String messageId, byte[] body) {
		contents.put(messageId, body);
	}

	/** The next request made to the stub, or null after the timeout. */
	public RecordedRequest next(long millis) {
		try {
			return server.takeRequest(millis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** The requests recorded and not taken yet, without waiting for more (after a synchronous call). */
	public List<RecordedRequest> recorded() {
		List<RecordedRequest> out = new ArrayList<>();
		for (RecordedRequest r = next(0); r != null; r = next(0)) {
			out.add(r);
		}
		return out;
	}

	/** Waits for the next reply call and returns its body: the reply token and the messages. */
	public JsonNode nextReplyRequest() {
		for (;;) {
			RecordedRequest r = next(10_000);
			if (r == null) {
				throw new AssertionError("no reply from the bot within 10 s");
			}
			if (REPLY.equals(r.getPath())) {
				return body(r);
			}
		}
	}

	/** Waits for the next reply call and returns its messages. */
	public List<JsonNode> nextReply() {
		return messages(nextReplyRequest());
	}

	/**
	 * Waits for the reply that uses this reply token and returns its messages. Replies to other
	 * tokens (a previous test's answer arriving late) are passed over.
	 */
	public List<JsonNode> replyTo(String replyToken) {
		for (;;) {
			JsonNode reply = nextReplyRequest();
			if (replyToken.equals(reply.path("replyToken").asText())) {
				return messages(reply);
			}
		}
	}

	/** Waits for the next push to this user and returns its body; checks it carries a retry key. */
	public JsonNode nextPushTo(String userId) {
		for (;;) {
			RecordedRequest r = next(10_000);
			if (r == null) {
				throw new AssertionError("no push to " + userId + " within 10 s");
			}
			if ("/v2/bot/message/push".equals(r.getPath())) {
				JsonNode body = body(r);
				if (userId.equals(body.path("to").asText())) {
					if (r.getHeader("X-Line-Retry-Key") == null || r.getHeader("X-Line-Retry-Key").isBlank()) {
						throw new AssertionError("a push without X-Line-Retry-Key");
					}
					return body;
				}
			}
		}
	}

	private static JsonNode body(RecordedRequest r) {
		try {
			return JSON.readTree(r.getBody().readUtf8());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<JsonNode> messages(JsonNode reply) {
		List<JsonNode> messages = new ArrayList<>();
		reply.get("messages").forEach(messages::add);
		return messages;
	}

	/** Drops whatever calls were recorded so far (a previous test's), loading animations included. */
	public void drain() {
		while (next(50) != null) {
			// discard
		}
		loadingStarts.clear();
	}

	public void shutdown() {
		try {
			server.shutdown();
		}
		catch (IOException ignored) {
		}
	}
}
