package th.ita.bot.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default database: mongo-java-server with its H2 file backend, started in-process
 * when no MongoDB URI is configured, so the bot runs on a fresh machine and keeps its data across
 * restarts. With {@code spring.mongodb.uri} (env {@code SPRING_MONGODB_URI}) set, nothing here
 * starts and Boot connects to the real MongoDB. Writes reach the file by group commit, and only
 * this process can connect (see {@link EmbeddedDatabase}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedDatabaseSettings.class)
@ConditionalOnExpression("'${spring.mongodb.uri:${spring.data.mongodb.uri:}}'.isEmpty()")
class EmbeddedMongoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseSettings settings, DataDirectory data) {
		String file = data.resolve(settings.file()); // within ita.data-dir unless absolute; never the working directory
		if (!"memory".equals(file)) {
			Path path = Path.of(file).toAbsolutePath();
			try {
				Files.createDirectories(path.getParent());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot create " + path.getParent(), ex);
			}
		}
		EmbeddedDatabase database = EmbeddedDatabase.start(file, settings.idleCommit(), settings.commitGap(),
				settings.cacheSize());
		log.info("Embedded MongoDB (mongo-java-server, {}) on 127.0.0.1, token-protected",
				"memory".equals(file) ? "in memory" : file);
		return database;
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedDatabase embedded,
			MongoProperties mongo) {
		String database = mongo.getDatabase() == null || mongo.getDatabase().isBlank() ? "ita" : mongo.getDatabase();
		ConnectionString cs = new ConnectionString(embedded.connectionString(database));
		return () -> cs;
	}
}
