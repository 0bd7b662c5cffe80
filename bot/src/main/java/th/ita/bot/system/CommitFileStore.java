package th.ita.bot.system;

import java.util.HashMap;
import java.util.Map;

import org.h2.mvstore.SingleFileStore;
import org.h2.mvstore.WriteBuffer;

/**
 * H2's own single-file store, telling {@link GroupCommit} when a commit has fixed what it writes.
 * H2 takes every map's root for the new version first, then serializes those pages and writes
 * them while the maps go on changing (copy on write: how H2's own background writer works). Its
 * first request for a write buffer comes right after the roots are taken (FileStore.serializeAndStore,
 * H2 2.4.240, pinned): from there on the server's commands need not wait for the write.
 * CommitWhileWritingTests check that a command running during the write is not in that commit.
 */
final class CommitFileStore extends SingleFileStore {

	private volatile Runnable versionFixed = () -> {
	};

	CommitFileStore(int cacheMegabytes) {
		super(config(cacheMegabytes));
	}

	private static Map<String, Object> config(int cacheMegabytes) {
		Map<String, Object> config = new HashMap<>();
		config.put("cacheSize", cacheMegabytes);
		return config;
	}

	void onVersionFixed(Runnable action) {
		this.versionFixed = action;
	}

	@Override
	public WriteBuffer getWriteBuffer() {
		versionFixed.run();
		return super.getWriteBuffer();
	}
}
