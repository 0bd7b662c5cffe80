package th.ita.bot.line;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.linecorp.bot.spring.boot.handler.support.LineMessageHandlerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A correctly signed body that is not a webhook as LINE sends it (broken JSON, a string where an
 * object belongs, events that are numbers...): the SDK's parser throws from its interceptor and the
 * answer was 500 with a stack trace in the log, per request (found by the fuzz benchmark). It is
 * the sender's error, so 400: redelivering the same bytes would not help. One line in the log, no
 * part of the body (it may hold someone's message).
 */
@RestControllerAdvice(assignableTypes = LineMessageHandlerSupport.class)
class MalformedWebhookAdvice {

	private static final Logger log = LoggerFactory.getLogger(MalformedWebhookAdvice.class);

	@ExceptionHandler(JsonProcessingException.class)
	ResponseEntity<Void> malformed(JsonProcessingException ex) {
		log.warn("Webhook body refused (400): {} at {}", ex.getClass().getSimpleName(),
				ex.getLocation() == null ? "?" : "line " + ex.getLocation().getLineNr() + " column " + ex.getLocation().getColumnNr());
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).build();
	}
}
