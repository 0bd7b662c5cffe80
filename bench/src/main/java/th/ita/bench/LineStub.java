package th.ita.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import static th.ita.bench.LoadBench.*;

/** The LINE Messaging API stand-in: takes the bot's replies and hands each to whoever waits for its token. */
final class LineStub {

	final HttpServer server;

	final Map<String, Consumer<Reply>> waiting = new ConcurrentHashMap<>();

	final Set<String> usedTokens = ConcurrentHashMap.newKeySet();

	/** When the first reply with each token arrived (System.nanoTime), for webhook-to-reply delays. */
	final Map<String, Long> repliedAt = new ConcurrentHashMap<>();

	final AtomicLong replies = new AtomicLong();

	final AtomicLong duplicateReplies = new AtomicLong();

	final AtomicLong unclaimed = new AtomicLong();

	final ConcurrentLinkedQueue<Reply> all = new ConcurrentLinkedQueue<>();

	volatile boolean keepAll;

	final int latencyMs;

	LineStub(int latencyMs) throws IOException {
		this.latencyMs = latencyMs;
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
		server.setExecutor(Executors.newFixedThreadPool(latencyMs > 0 ? 512 : 16, daemon("line-stub")));
		server.createContext("/", this::handle);
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
	}

	private void handle(HttpExchange ex) throws IOException {
		long at = System.nanoTime();
		byte[] body;
		try (InputStream in = ex.getRequestBody()) {
			body = in.readAllBytes();
		}
		if (latencyMs > 0) {
			LockSupport.parkNanos(latencyMs * 1_000_000L);
		}
		int status = 200;
		String answer = "{}";
		if (ex.getRequestURI().getPath().equals("/v2/bot/message/reply")) {
			Reply r = Reply.of(new String(body, StandardCharsets.UTF_8), at);
			replies.incrementAndGet();
			if (!usedTokens.add(r.token())) {
				// the real API refuses a reply token used twice
				duplicateReplies.incrementAndGet();
				status = 400;
				answer = "{\"message\":\"Invalid reply token\"}";
			}
			else {
				repliedAt.put(r.token(), at);
				answer = "{\"sentMessages\":[]}";
				if (keepAll) {
					all.add(r);
				}
				Consumer<Reply> c = waiting.remove(r.token());
				if (c != null) {
					c.accept(r);
				}
				else {
					unclaimed.incrementAndGet();
				}
			}
		}
		byte[] out = answer.getBytes(StandardCharsets.UTF_8);
		ex.getResponseHeaders().set("Content-Type", "application/json");
		ex.sendResponseHeaders(status, out.length);
		try (OutputStream os = ex.getResponseBody()) {
			os.write(out);
		}
	}

	void stop() {
		server.stop(0);
	}
}
