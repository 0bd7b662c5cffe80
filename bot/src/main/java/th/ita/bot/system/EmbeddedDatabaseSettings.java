package th.ita.bot.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded database ({@code ita.embedded-mongo.*}), used when no MongoDB URI is set.
 *
 * @param file the H2 file, within {@code ita.data-dir} unless absolute; "memory" keeps nothing
 * @param idleCommit how soon writes nobody waits for reach the file
 * @param commitGap pause after each commit before the next starts: under load more writers share
 * one commit (each rewrites every page it touches), for at most this much more waiting
 * @param cacheSize H2's page cache in megabytes (a page missing from it is read back from the file
 * and every document on it deserialized); part of the heap
 */
@ConfigurationProperties("ita.embedded-mongo")
public record EmbeddedDatabaseSettings(String file, Duration idleCommit, Duration commitGap, Integer cacheSize) {

	public EmbeddedDatabaseSettings {
		file = file == null || file.isBlank() ? "ita-bot.mv" : file.trim();
		idleCommit = idleCommit == null ? Duration.ofSeconds(1) : idleCommit;
		commitGap = commitGap == null ? Duration.ofMillis(15) : commitGap;
		cacheSize = cacheSize == null ? EmbeddedDatabase.H2_CACHE_MEGABYTES : cacheSize;
		if (cacheSize < 1) {
			throw new IllegalArgumentException("ita.embedded-mongo.cache-size must be at least 1 (MB)");
		}
		if (idleCommit.isNegative() || idleCommit.isZero() || commitGap.isNegative()
				|| commitGap.compareTo(Duration.ofMillis(100)) > 0) {
			throw new IllegalArgumentException("ita.embedded-mongo: idle-commit must be positive, commit-gap 0 to 100 ms");
		}
	}
}
