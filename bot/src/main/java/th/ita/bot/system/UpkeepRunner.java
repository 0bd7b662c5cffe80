package th.ita.bot.system;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every feature's {@link Upkeep} in one place: prepared and swept once at start (a start-up runner:
 * the inbox opens only after every runner), then swept every {@code ita.sweep-interval}. One
 * feature's failed sweep does not keep the others from theirs.
 */
@Component
class UpkeepRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(UpkeepRunner.class);

	private final List<Upkeep> upkeeps;

	private final ObjectProvider<EmbeddedDatabase> embedded;

	UpkeepRunner(List<Upkeep> upkeeps, ObjectProvider<EmbeddedDatabase> embedded) {
		this.upkeeps = upkeeps;
		this.embedded = embedded;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (Upkeep upkeep : upkeeps) {
			upkeep.prepare().run();
			log.info("Start-up upkeep, {}: {}", upkeep.name(), upkeep.sweep().get());
		}
		// indexes, agencies and migrations in the file before the first webhook
		embedded.ifAvailable(EmbeddedDatabase::checkpoint);
	}

	@Scheduled(fixedDelayString = "${ita.sweep-interval:PT5M}", initialDelayString = "${ita.sweep-interval:PT5M}")
	void sweep() {
		for (Upkeep upkeep : upkeeps) {
			try {
				upkeep.sweep().get();
			}
			catch (RuntimeException ex) {
				log.warn("Upkeep sweep of {} failed: {}", upkeep.name(), ex.getClass().getSimpleName());
			}
		}
	}
}
