package th.ita.survey.complaint;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark, not a test (excluded from surefire by its name): 8 people send a 12-megapixel phone
 * photo (4000 × 3000, ~4 MB) at the same moment, through the intake with its default limits; then
 * the crafted bombs. Prints wall time per photo, the heap's peak over the run and the process's
 * peak RSS. Run it in a JVM shaped like the recommended one (BENCHMARKS.md):
 * <pre>
 * ./mvnw -B -q -o -pl survey-engine -am test-compile
 * ./mvnw -B -q -o -pl survey-engine dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xms240m -Xmx240m -Xmn120m -XX:+UseSerialGC -Xss512k \
 *   -cp survey-engine/target/test-classes:survey-engine/target/classes:$(cat /tmp/cp.txt) \
 *   th.ita.survey.complaint.PhotoIntakeBenchmark
 * </pre>
 */
public final class PhotoIntakeBenchmark {

	private PhotoIntakeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int people = 8;
		List<byte[]> photos = new ArrayList<>();
		long bytes = 0;
		for (int i = 0; i < people; i++) {
			photos.add(TestJpegs.phonePhoto(4000, 3000, i));
			bytes += photos.get(i).length;
		}
		System.out.printf("%d photos of 4000x3000, %,d bytes in all (held by the benchmark throughout)%n", people, bytes);
		System.out.printf("max heap %,d MB%n", Runtime.getRuntime().maxMemory() >> 20);
		// "unbounded": what the bot did before, every photo decoded whole at once on its chat worker
		boolean unbounded = args.length > 0 && args[0].equals("unbounded");
		PhotoLimits d = PhotoLimits.DEFAULTS;
		PhotoLimits limits = unbounded ? new PhotoLimits(d.maxBytes(), d.maxSide(), d.maxPixels(), d.maxProgressivePixels(),
				Long.MAX_VALUE, people, people, java.time.Duration.ofMinutes(1), d.queueWait()) : d;
		System.out.println(unbounded ? "UNBOUNDED: 8 decoders, no subsampling" : "default limits: " + limits);
		try (PhotoIntake intake = new PhotoIntake(limits)) {
			for (int round = 1; round <= 3; round++) {
				System.gc();
				long base = heapUsed();
				ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
				long cpu0 = processCpuNanos();
				long start = System.nanoTime();
				List<String> outcomes = concurrently(intake, photos);
				long wall = (System.nanoTime() - start) / 1_000_000;
				long cpu = (processCpuNanos() - cpu0) / 1_000_000;
				System.out.printf("round %d: %d photos in %,d ms wall (%,d ms CPU); per photo %s;%n"
						+ "  heap before %,d MB; peak old generation %,d MB (eden %,d MB fills between collections)%n",
						round, people, wall, cpu, outcomes, base >> 20, peak("Tenured Gen") >> 20, peak("Eden Space") >> 20);
			}
			for (var bomb : List.of(new Object[] { "TIFF 4096x4096 float RGBA", TestJpegs.tiffBomb(4096) },
					new Object[] { "PNG 100000x100000", TestJpegs.pngBomb(100_000) },
					new Object[] { "progressive JPEG 45000x45000", TestJpegs.progressiveBomb(45_000) })) {
				byte[] file = (byte[]) bomb[1];
				long start = System.nanoTime();
				String outcome;
				try {
					intake.clean(max -> file);
					outcome = "ACCEPTED";
				}
				catch (PhotoSanitizer.UnreadablePhoto ex) {
					outcome = "refused " + ex.why();
				}
				System.out.printf("%s (%d bytes): %s in %.2f ms%n", bomb[0], file.length, outcome,
						(System.nanoTime() - start) / 1e6);
			}
		}
		System.out.println("peak RSS: " + Files.readAllLines(Path.of("/proc/self/status")).stream()
			.filter(l -> l.startsWith("VmHWM"))
			.findFirst()
			.orElse("?"));
	}

	private static List<String> concurrently(PhotoIntake intake, List<byte[]> photos) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(photos.size());
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (byte[] photo : photos) {
				results.add(pool.submit(() -> {
					go.await();
					long t = System.nanoTime();
					String outcome;
					try {
						intake.clean(max -> photo);
						outcome = "ok";
					}
					catch (PhotoSanitizer.UnreadablePhoto ex) {
						outcome = ex.why() + "(" + ex.getMessage() + ")";
					}
					return outcome + " " + (System.nanoTime() - t) / 1_000_000 + " ms";
				}));
			}
			go.countDown();
			List<String> outcomes = new ArrayList<>();
			for (Future<String> result : results) {
				outcomes.add(result.get());
			}
			return outcomes;
		}
		finally {
			pool.shutdown();
		}
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long peak(String pool) {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP && p.getName().equals(pool))
			.mapToLong(p -> p.getPeakUsage().getUsed())
			.sum();
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}
}
