package th.ita.bot.system;

import java.util.concurrent.TimeUnit;

import com.mongodb.WriteConcern;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * When the database is gone, fail fast. The driver waits 30 s by default for a server to talk
 * to, so during an outage each webhook hung far past LINE's few seconds (the outage benchmark:
 * 1,337 deliveries without any answer) and Tomcat's threads filled up. With 1.5 s the webhook
 * answers 503 in time and LINE redelivers. A server that stops answering mid-command frees the
 * thread after the socket timeout. Both override the same options given in the URI.
 * <p>
 * With a MongoDB URI, every write waits for a majority of the replica set and its journal: an
 * acknowledged write then survives a crash, which is what the webhook's 200 and every reply rely
 * on ({@link Durability}).
 */
@Configuration(proxyBeanMethods = false)
class MongoClientConfiguration {

	@Bean
	MongoClientSettingsBuilderCustomizer failFastWithoutDatabase(MongoSettings settings) {
		return builder -> builder
			.applyToClusterSettings(c -> c.serverSelectionTimeout(settings.serverSelectionTimeout().toMillis(),
					TimeUnit.MILLISECONDS))
			.applyToSocketSettings(s -> s.readTimeout((int) settings.socketTimeout().toMillis(), TimeUnit.MILLISECONDS));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression("!'${spring.mongodb.uri:${spring.data.mongodb.uri:}}'.isEmpty()")
	static class RealMongoDurability {

		@Bean
		MongoClientSettingsBuilderCustomizer journaledMajorityWrites() {
			return builder -> builder.writeConcern(WriteConcern.MAJORITY.withJournal(true));
		}

		@Bean
		Durability acknowledgedWritesAreDurable() {
			return Durability.ACKNOWLEDGED;
		}
	}
}
