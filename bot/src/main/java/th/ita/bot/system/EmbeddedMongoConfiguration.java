package th.ita.bot.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default database: mongo-java-server with its H2 file backend, started in-process
 * when no MongoDB URI is configured, so the bot runs on a fresh machine and keeps its data across
 * restarts. With {@code spring.mongodb.uri} (env {@code SPRING_MONGODB_URI}) set, nothing here
 * starts and Boot connects to the real MongoDB.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mongodb.uri:${spring.data.mongodb.uri:}}'.isEmpty()")
class EmbeddedMongoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

	@Bean(destroyMethod = "shutdownNow")
	MongoServer embeddedMongoServer(@Value("${ita.embedded-mongo.file:data/ita-bot.mv}") String file) {
		MongoBackend backend;
		if ("memory".equals(file)) {
			backend = new MemoryBackend();
		}
		else {
			Path path = Path.of(file).toAbsolutePath();
			try {
				Files.createDirectories(path.getParent());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot create " + path.getParent(), ex);
			}
			backend = new H2Backend(path.toString());
		}
		MongoServer server = new MongoServer(backend);
		server.bind("127.0.0.1", 0);
		log.info("Embedded MongoDB (mongo-java-server, {}) on {}", "memory".equals(file) ? "in memory" : file,
				server.getConnectionString());
		return server;
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server,
			@Value("${ita.mongo.database:ita}") String database) {
		ConnectionString cs = new ConnectionString(server.getConnectionString() + "/" + database);
		return () -> cs;
	}
}
