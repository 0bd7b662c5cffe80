package th.ita.bot.support;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * call, answers replies with 200, serves registered message contents (photos).
 */
public final class LineApiStub {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final MockWebServer server = new MockWebServer();

	private final Map<String, byte[]> contents = new ConcurrentHashMap<>();

	/** Bodies of the loading-animation calls ({@code /v2/bot/chat/loading/start}), in order. */
	private final java.util.concurrent.BlockingQueue<String> loadingStarts = new java.util.concurrent.LinkedBlockingQueue<>();
	private final List<String> paths = new java.util.concurrent.CopyOnWriteArrayList<>();

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
				if (path.startsWith("/v2/bot/richmenu") && "POST".equals(request.getMethod()) && path.equals("/v2/bot/richmenu")) {
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

	/** The next loading-animation request body, or null after the timeout. */
	public String nextLoadingStart(long millis) {
		try {
			return loadingStarts.poll(millis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
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

	/** Waits for the next reply call and returns its messages. */
	public List<JsonNode> nextReply() {
		for (;;) {
			RecordedRequest r = next(10_000);
			if (r == null) {
				throw new AssertionError("no reply from the bot within 10 s");
			}
			if ("/v2/bot/message/reply".equals(r.getPath())) {
				try {
					JsonNode body = JSON.readTree(r.getBody().readUtf8());
					java.util.List<JsonNode> messages = new java.util.ArrayList<>();
					body.get("messages").forEach(messages::add);
					return messages;
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
	}

	/** Asserts that no reply is sent within the time given. */
	public void expectNoReply(long millis) {
		RecordedRequest r = next(millis);
		if (r != null && "/v2/bot/message/reply".equals(r.getPath())) {
			throw new AssertionError("unexpected reply: " + r.getBody().readUtf8());
		}
	}

	/** Drops whatever calls were recorded so far. */
	public void drain() {
		while (next(50) != null) {
			// discard
		}
	}

	public void shutdown() {
		try {
			server.shutdown();
		}
		catch (IOException ignored) {
		}
	}
}
