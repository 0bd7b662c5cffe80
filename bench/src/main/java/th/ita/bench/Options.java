package th.ita.bench;

import java.nio.file.Path;
import java.util.List;

import static th.ita.bench.LoadBench.*;

/** The command line: scenarios, rates, sizes, paths (--help prints them). */
final class Options {

	static final String USAGE = """
			java -jar bench/target/bench.jar [options]   (after ./mvnw -B -Pbench -pl bot,bench -am package -DskipTests)
			  --scenarios load,redelivery,capacity,crash,outage,fuzz,security   [all but capacity]
			  --rate 1000 --duration 60        target events/s and seconds of the load scenarios
			  --think 500-2000                 ms a simulated person waits between taps
			  --line-latency 0                 ms the LINE API stand-in takes per reply
			  --jvm "-Xmx240m ..."             JVM options of the bot (default: DEFAULT_JVM)
			  --fuzz 10000 --crash-people 50 --kills 3 --guesses 10000
			  --warmup 45                      seconds of closed-loop traffic before measuring (JIT)
			  --people 16                      people tapping without pause in the capacity scenario
			  --jar bot/target/ita-bot.jar --work target/bench --results target/bench/results.md""";

	List<String> scenarios = List.of("load", "redelivery", "crash", "outage", "fuzz", "security");

	double rate = 1000;

	int duration = 60;

	int thinkMin = 500;

	int thinkMax = 2000;

	int lineLatency = 0;

	String jvm = DEFAULT_JVM;

	int fuzz = 10_000;

	int crashPeople = 50;

	int kills = 3;

	int guesses = 10_000;

	int people = 16;

	int warmup = 45;

	Path jar = Path.of("bot/target/ita-bot.jar");

	Path work = Path.of("target/bench");

	Path results = Path.of("target/bench/results.md");

	String commandLine;

	static Options parse(String[] args) {
		Options o = new Options();
		o.commandLine = "java -jar bench/target/bench.jar " + String.join(" ", args);
		for (int i = 0; i < args.length; i++) {
			String v = i + 1 < args.length ? args[i + 1] : "";
			switch (args[i]) {
				case "--scenarios" -> o.scenarios = List.of(v.split(","));
				case "--rate" -> o.rate = Double.parseDouble(v);
				case "--duration" -> o.duration = Integer.parseInt(v);
				case "--think" -> {
					String[] p = v.split("-");
					o.thinkMin = Integer.parseInt(p[0]);
					o.thinkMax = Integer.parseInt(p[p.length - 1]);
				}
				case "--line-latency" -> o.lineLatency = Integer.parseInt(v);
				case "--jvm" -> o.jvm = v;
				case "--fuzz" -> o.fuzz = Integer.parseInt(v);
				case "--crash-people" -> o.crashPeople = Integer.parseInt(v);
				case "--kills" -> o.kills = Integer.parseInt(v);
				case "--guesses" -> o.guesses = Integer.parseInt(v);
				case "--people" -> o.people = Integer.parseInt(v);
				case "--warmup" -> o.warmup = Integer.parseInt(v);
				case "--jar" -> o.jar = Path.of(v);
				case "--work" -> o.work = Path.of(v);
				case "--results" -> o.results = Path.of(v);
				default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--help lists them)");
			}
			i++;
		}
		return o;
	}
}
