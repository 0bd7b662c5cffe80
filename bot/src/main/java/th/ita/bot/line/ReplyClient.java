package th.ita.bot.line;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.client.base.channel.ChannelTokenSupplier;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Posts replies to the Messaging API's reply endpoint on OkHttp (the SDK's own transport), the
 * body written by the SDK's own object mapper, as its client would. Not the SDK's client for this
 * one hot call: that client passes every body through a body-level logging interceptor, which
 * decodes and formats the text even when the log level drops it (a tenth of the bot's CPU at a
 * thousand events a second), and would log what people are told if the level were raised.
 */
class ReplyClient {

	private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

	private final OkHttpClient http;

	private final HttpUrl endpoint;

	private final ChannelTokenSupplier tokens;

	private final ObjectMapper json = ModelObjectMapper.createNewObjectMapper();

	ReplyClient(URI apiEndPoint, ChannelTokenSupplier tokens, Duration connectTimeout, Duration timeout, int concurrent) {
		String base = apiEndPoint.toString();
		this.endpoint = HttpUrl.get(URI.create(base.endsWith("/") ? base : base + "/").resolve("v2/bot/message/reply"));
		this.tokens = tokens;
		Dispatcher dispatcher = new Dispatcher();
		dispatcher.setMaxRequests(concurrent);
		dispatcher.setMaxRequestsPerHost(concurrent);
		this.http = new OkHttpClient.Builder().dispatcher(dispatcher)
			.connectTimeout(connectTimeout)
			.callTimeout(timeout)
			.build();
	}

	/** The request body, as the SDK's client would write it. */
	byte[] body(ReplyMessageRequest reply) {
		try {
			return json.writeValueAsBytes(reply);
		}
		catch (JsonProcessingException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Posts a body made by {@link #body}; completes with the HTTP status LINE answered with. */
	CompletableFuture<Integer> send(byte[] body) {
		Request request = new Request.Builder().url(endpoint)
			.header("Authorization", "Bearer " + tokens.get())
			.post(RequestBody.create(body, JSON))
			.build();
		CompletableFuture<Integer> status = new CompletableFuture<>();
		http.newCall(request).enqueue(new Callback() {

			@Override
			public void onResponse(Call call, Response response) {
				try (response) {
					status.complete(response.code());
				}
			}

			@Override
			public void onFailure(Call call, IOException ex) {
				status.completeExceptionally(ex);
			}
		});
		return status;
	}
}
