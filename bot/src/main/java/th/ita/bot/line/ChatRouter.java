package th.ita.bot.line;

import java.util.List;
import java.util.Optional;

import com.linecorp.bot.messaging.model.Message;

import org.springframework.stereotype.Component;

/** Offers an input to the features: explicit commands first, then the flow the person has open. */
@Component
public class ChatRouter {

	private static final java.util.Set<String> HELP_WORDS = java.util.Set.of("ช่วยเหลือ", "HELP", "เมนู", "MENU", "?");

	private final List<ChatFeature> features;

	public ChatRouter(List<ChatFeature> features) {
		this.features = features;
	}

	public List<Message> route(ChatInput input) {
		if (input.isText() && HELP_WORDS.contains(input.text().toUpperCase(java.util.Locale.ROOT))) {
			List<Message> help = new java.util.ArrayList<>(List.of(MainMenu.help()));
			features.forEach(f -> help.addAll(f.help(input.userId())));
			return help;
		}
		for (ChatFeature feature : features) {
			Optional<List<Message>> reply = feature.command(input);
			if (reply.isPresent()) {
				return reply.get();
			}
		}
		ChatFeature open = null;
		java.time.Instant latest = null;
		for (ChatFeature feature : features) {
			if (feature.hasOpenFlow(input.userId())) {
				java.time.Instant at = feature.lastActivity(input.userId());
				if (open == null || at.isAfter(latest)) {
					open = feature;
					latest = at;
				}
			}
		}
		if (open != null) {
			return open.continueFlow(input);
		}
		if (input.kind() == ChatInput.Kind.FOLLOW || input.isText()) {
			return List.of(input.kind() == ChatInput.Kind.FOLLOW ? MainMenu.help() : MainMenu.notUnderstood());
		}
		return List.of(MainMenu.notUnderstood());
	}
}
