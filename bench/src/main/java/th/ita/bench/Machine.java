package th.ita.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** This machine and its processes: CPU and memory description, a speed probe, RSS and CPU seconds from /proc. */
final class Machine {

	static String describe() {
		String cpu = "?";
		long memKb = 0;
		try {
			for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
				if (l.startsWith("model name")) {
					cpu = l.substring(l.indexOf(':') + 1).trim();
					break;
				}
			}
			for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (l.startsWith("MemTotal")) {
					memKb = Long.parseLong(l.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException ignored) {
		}
		return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + (memKb / 1024) + " MB RAM, "
				+ System.getProperty("os.name") + ", Java " + System.getProperty("java.version");
	}

	static long statusKb(long pid, String field) {
		try {
			for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (l.startsWith(field + ":")) {
					return Long.parseLong(l.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException | RuntimeException ignored) {
		}
		return -1;
	}

	/** CPU seconds (user + system) a process has used. */
	static double cpuSeconds(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
			String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	/**
	 * How fast this (shared, virtual) machine is right now: SHA-256 MB per CPU-second on one
	 * thread, and the latency of a random memory access over 128 MB. Results from different
	 * times are comparable only with these beside them.
	 */
	static String probe() {
		try {
			var md = java.security.MessageDigest.getInstance("SHA-256");
			byte[] buf = new byte[1024];
			var threads = java.lang.management.ManagementFactory.getThreadMXBean();
			long cpu0 = threads.getCurrentThreadCpuTime();
			long t = System.nanoTime();
			int n = 0;
			while (System.nanoTime() - t < 1_000_000_000L) {
				md.update(buf);
				n++;
			}
			double sha = n / 1024.0 / ((threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
			int size = 1 << 25;
			int[] next = new int[size];
			for (int i = 0; i < size; i++) {
				next[i] = i;
			}
			java.util.Random r = new java.util.Random(1);
			for (int i = size - 1; i > 0; i--) {
				int j = r.nextInt(i);
				int x = next[i];
				next[i] = next[j];
				next[j] = x;
			}
			int p = 0;
			long t2 = System.nanoTime();
			for (int i = 0; i < 5_000_000; i++) {
				p = next[p];
			}
			double ns = (System.nanoTime() - t2) / 5e6 + (p == -1 ? 1 : 0);
			return String.format(Locale.ROOT, "SHA-256 %.0f MB/CPU-s, random memory access %.0f ns, load average %s", sha, ns,
					Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
		}
		catch (Exception ex) {
			return "probe failed: " + ex;
		}
	}

	static int freePort() {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
