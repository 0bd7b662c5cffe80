package th.ita.bot.complaint;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.linecorp.bot.client.base.BlobContent;
import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;

import org.springframework.stereotype.Component;

import th.ita.survey.complaint.PhotoSource;

/**
 * Downloads a photo a person sent from LINE's content endpoint, only when the conversation has
 * accepted it, and never more than the limit asks (the body is streamed and cut off past it).
 */
@Component
class LinePhotos {

	private static final long TIMEOUT_SECONDS = 20;

	private final MessagingApiBlobClient blobs;

	LinePhotos(MessagingApiBlobClient blobs) {
		this.blobs = blobs;
	}

	PhotoSource of(String messageId) {
		return maxBytes -> download(messageId, maxBytes);
	}

	private byte[] download(String messageId, int maxBytes) throws PhotoSource.Unavailable {
		if (messageId == null || messageId.isBlank()) {
			throw new PhotoSource.Unavailable("no message id", false);
		}
		try {
			Result<BlobContent> result = blobs.getMessageContent(messageId).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			try (InputStream in = result.body().byteStream()) {
				// one byte past the limit tells "too large" without holding more than that
				byte[] bytes = in.readNBytes(maxBytes + 1);
				if (bytes.length > maxBytes) {
					throw new PhotoSource.Unavailable("larger than " + maxBytes + " bytes", true);
				}
				return bytes;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PhotoSource.Unavailable("interrupted", false);
		}
		catch (ExecutionException | TimeoutException | IOException | RuntimeException ex) {
			Throwable cause = ex instanceof ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
			throw new PhotoSource.Unavailable("download failed: " + cause.getClass().getSimpleName(), false);
		}
	}
}
