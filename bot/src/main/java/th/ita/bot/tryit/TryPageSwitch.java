package th.ita.bot.tryit;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The try-it page is on while the LINE channel secret is still the local default (a newcomer with no
 * channel yet), or when {@code ita.try.enabled=true}; {@code ita.try.enabled=false} turns it off.
 * With a real channel configured it is off unless asked for: it lets anyone talk to the bot
 * without LINE.
 */
class TryPageSwitch implements Condition {

	static final String LOCAL_SECRET = "local-channel-secret";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return enabled(context.getEnvironment().getProperty("ita.try.enabled"),
				context.getEnvironment().getProperty("line.bot.channel-secret"));
	}

	static boolean enabled(String flag, String channelSecret) {
		if (flag != null && !flag.isBlank()) {
			return Boolean.parseBoolean(flag.trim());
		}
		return channelSecret == null || channelSecret.isBlank() || LOCAL_SECRET.equals(channelSecret);
	}
}
