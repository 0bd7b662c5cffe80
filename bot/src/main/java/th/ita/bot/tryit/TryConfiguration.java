package th.ita.bot.tryit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The reply capture exists only with the try-it page: otherwise every reply goes to LINE. */
@Configuration(proxyBeanMethods = false)
@Conditional(TryPageSwitch.class)
class TryConfiguration {

	@Bean
	TryReplies tryReplies() {
		return new TryReplies();
	}
}
