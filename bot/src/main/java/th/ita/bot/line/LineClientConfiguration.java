package th.ita.bot.line;

import com.linecorp.bot.client.base.channel.ChannelTokenSupplier;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.spring.boot.core.properties.LineBotProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Messaging API client, as the SDK's auto-configuration builds it but with room for concurrent
 * replies. The SDK's default lets 5 requests per host run at once: at a few hundred events per
 * second the replies queue up in OkHttp's dispatcher, which walks its whole queue under a lock on
 * every new call, on the webhook thread (measured: half the bot's CPU, acks of seconds).
 */
@Configuration(proxyBeanMethods = false)
class LineClientConfiguration {

	@Bean
	MessagingApiClient messagingApiClient(ChannelTokenSupplier channelTokenSupplier, LineBotProperties properties,
			@Value("${ita.line.concurrent-replies:64}") int concurrentReplies) {
		return MessagingApiClient.builder(channelTokenSupplier)
			.apiEndPoint(properties.apiEndPoint())
			.connectTimeout(properties.connectTimeout())
			.readTimeout(properties.readTimeout())
			.writeTimeout(properties.writeTimeout())
			// equal limits: when all slots are busy the dispatcher stops at the head of its queue
			.maxRequests(concurrentReplies)
			.maxRequestsPerHost(concurrentReplies)
			.build();
	}
}
