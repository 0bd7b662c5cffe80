package th.ita.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Posts webhook bodies to the bot with the JDK's HttpClient (HTTP/1.1, keep-alive) from a fixed
 * number of sending threads: bounded parallelism, as LINE's sender has (the HttpClient on its own
 * opens one more connection per concurrent request, without bound). The ack latency is measured
 * from the moment a delivery is handed over, so waiting for a free sender counts too.
 */
final class Sender {

	private final LinkedBlockingQueue<Job> queue = new LinkedBlockingQueue<>();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.executor(Executors.newCachedThreadPool(LoadBench.daemon("sender-http")))
		.build();

	/** Where deliveries go; swapped when the crash scenario restarts the bot on a new port. */
	volatile URI url;

	private record Job(byte[] body, String signature, String contentType, long handedAt, CompletableFuture<Ack> done) {
	}

	Sender(String url) {
		this(url, 64);
	}

	Sender(String url, int connections) {
		this.url = URI.create(url);
		for (int i = 0; i < connections; i++) {
			Thread t = new Thread(this::work, "sender-" + i);
			t.setDaemon(true);
			t.start();
		}
	}

	CompletableFuture<Ack> post(String body, String signature) {
		return post(body.getBytes(StandardCharsets.UTF_8), signature, "application/json; charset=UTF-8");
	}

	CompletableFuture<Ack> post(byte[] body, String signature, String contentType) {
		CompletableFuture<Ack> done = new CompletableFuture<>();
		queue.add(new Job(body, signature, contentType, System.nanoTime(), done));
		return done;
	}

	Ack postSync(String body, String signature) {
		return post(body, signature).join();
	}

	private void work() {
		while (true) {
			Job job;
			try {
				job = queue.take();
			}
			catch (InterruptedException ex) {
				return;
			}
			int status = -1;
			Throwable error = null;
			try {
				HttpRequest.Builder request = HttpRequest.newBuilder(url)
					.timeout(Duration.ofSeconds(10))
					.header("Content-Type", job.contentType())
					.POST(HttpRequest.BodyPublishers.ofByteArray(job.body()));
				if (job.signature() != null) {
					request.header("x-line-signature", job.signature());
				}
				status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				error = ex;
			}
			catch (Exception ex) {
				error = ex;
			}
			job.done().complete(new Ack(status, System.nanoTime() - job.handedAt(), error));
			if (Thread.currentThread().isInterrupted()) {
				return;
			}
		}
	}
}
