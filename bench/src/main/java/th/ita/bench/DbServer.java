package th.ita.bench;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A stand-alone MongoDB wire-protocol server (mongo-java-server, H2 file) for the database outage
 * scenario of LoadBench: the bot connects to it by URI, and the benchmark stops and restarts it
 * under the running bot ({@link DbProcess} starts it). By hand:
 * {@code java -cp bench/target/bench.jar th.ita.bench.DbServer <port> <file>}. Loopback only.
 */
public final class DbServer {

	private DbServer() {
	}

	public static void main(String[] args) {
		int port = Integer.parseInt(args[0]);
		H2Backend backend = new H2Backend(args[1]);
		MongoServer server = new MongoServer(backend);
		server.bind("127.0.0.1", port);
		// SIGTERM: close the file cleanly (what MongoDB's journal gives a real server)
		Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
		System.out.println("database on 127.0.0.1:" + port + " file " + args[1]);
	}
}
