package th.ita.bot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** GETs from the running bot: pages, JSON and files, by path ("/reports/...") or by the full link it gave. */
public final class Http {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient client = HttpClient.newHttpClient();

	private final int port;

	public Http(int port) {
		this.port = port;
	}

	public String url(String pathOrUrl) {
		return pathOrUrl.startsWith("http") ? pathOrUrl : "http://127.0.0.1:" + port + pathOrUrl;
	}

	public HttpResponse<String> get(String pathOrUrl) {
		return send(pathOrUrl, HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<byte[]> getBytes(String pathOrUrl) {
		return send(pathOrUrl, HttpResponse.BodyHandlers.ofByteArray());
	}

	public int status(String pathOrUrl) {
		return send(pathOrUrl, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/** The body of a page that must answer 200. */
	public String text(String pathOrUrl) {
		HttpResponse<String> r = get(pathOrUrl);
		assertThat(r.statusCode()).as(pathOrUrl).isEqualTo(200);
		return r.body();
	}

	/** The file behind a link that must answer 200. */
	public byte[] bytes(String pathOrUrl) {
		HttpResponse<byte[]> r = getBytes(pathOrUrl);
		assertThat(r.statusCode()).as(pathOrUrl).isEqualTo(200);
		return r.body();
	}

	public JsonNode json(String pathOrUrl) {
		try {
			return JSON.readTree(text(pathOrUrl));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private <T> HttpResponse<T> send(String pathOrUrl, HttpResponse.BodyHandler<T> body) {
		try {
			return client.send(HttpRequest.newBuilder(URI.create(url(pathOrUrl))).build(), body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
