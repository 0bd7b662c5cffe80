package th.ita.bot.line;

import java.util.List;

import com.linecorp.bot.client.base.channel.ChannelTokenSupplier;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.spring.boot.core.properties.LineBotProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Messaging API clients. The SDK's client (pushes, profiles, rich menus, group leaving) as its
 * auto-configuration builds it, but with room for concurrent calls: the SDK's default lets 5 requests
 * per host run at once, and OkHttp's dispatcher walks its whole queue under a lock on every new call
 * (measured: half the bot's CPU, acks of seconds). Replies, the hot path, go through {@link ReplyClient}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LineSettings.class)
class LineClientConfiguration {

	@Bean
	MessagingApiClient messagingApiClient(ChannelTokenSupplier channelTokenSupplier, LineBotProperties properties,
			LineSettings settings) {
		return MessagingApiClient.builder(channelTokenSupplier)
			.apiEndPoint(properties.apiEndPoint())
			.connectTimeout(properties.connectTimeout())
			.readTimeout(properties.readTimeout())
			.writeTimeout(properties.writeTimeout())
			// equal limits: when all slots are busy the dispatcher stops at the head of its queue
			.maxRequests(settings.concurrentReplies())
			.maxRequestsPerHost(settings.concurrentReplies())
			.build();
	}

	@Bean
	ReplySender replySender(ChannelTokenSupplier channelTokenSupplier, LineBotProperties properties,
			LineSettings settings, ObjectProvider<ReplyCapture> captures) {
		ReplyClient client = new ReplyClient(properties.apiEndPoint(), channelTokenSupplier,
				properties.connectTimeout(), properties.readTimeout(), settings.concurrentReplies());
		return new ReplySender(client, List.copyOf(captures.orderedStream().toList()), settings);
	}
}
