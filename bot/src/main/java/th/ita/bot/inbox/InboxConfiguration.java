package th.ita.bot.inbox;

import java.time.Clock;
import java.util.UUID;

import com.linecorp.bot.messaging.client.MessagingApiClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.bot.line.ChatRouter;
import th.ita.bot.line.ReplySender;
import th.ita.bot.system.AnonymitySettings;
import th.ita.bot.system.Durability;
import th.ita.bot.system.EmbeddedDatabase;
import th.ita.bot.system.Seal;

/** The webhook inbox: store, handler, workers, health. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InboxSettings.class)
class InboxConfiguration {

	/** Indexes made here, in bean initialisation: before the web server opens. */
	@Bean
	InboxStore inboxStore(MongoTemplate mongo, Clock clock, InboxSettings settings,
			ObjectProvider<EmbeddedDatabase> embedded, Durability durability, AnonymitySettings anonymity) {
		InboxStore store = new InboxStore(mongo, clock, settings, UUID.randomUUID().toString(),
				embedded.getIfAvailable() != null, durability, new InboxDocuments(new Seal(anonymity, "INBOX")));
		store.createIndexes();
		return store;
	}

	@Bean
	GroupChats groupChats(MessagingApiClient client) {
		return new GroupChats(client);
	}

	@Bean
	InboxHandler inboxHandler(ChatRouter router, InboxStore store, Durability durability, ReplySender replies,
			GroupChats groups) {
		return new InboxHandler(router, store, durability, replies, groups);
	}

	@Bean
	InboxWorkers inboxWorkers(InboxStore store, InboxHandler handler, InboxSettings settings, Clock clock) {
		return new InboxWorkers(store, handler, settings, clock);
	}

	@Bean
	OutageBreaker outageBreaker(InboxSettings settings) {
		return new OutageBreaker(settings.outagePause());
	}

	@Bean("inboxHealthIndicator")
	InboxHealthIndicator inboxHealthIndicator(InboxWorkers workers, InboxSettings settings) {
		return new InboxHealthIndicator(workers, settings);
	}
}
