package th.ita.survey.agency;

import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

import static org.assertj.core.api.Assertions.assertThat;

class AgencySearchTests {

	MongoServer server;

	MongoClient client;

	AgencyDirectory directory;

	@BeforeEach
	void start() {
		server = new MongoServer(new MemoryBackend());
		client = MongoClients.create(server.bindAndGetConnectionString());
		MongoTemplate mongo = new MongoTemplate(client, "ita");
		directory = new AgencyDirectory(new MongoRepositoryFactory(mongo).getRepository(AgencyRepository.class));
		for (int i = 1; i <= 70; i++) {
			directory.save(new Agency("HO" + i, "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้าน" + (i % 2 == 0 ? "นา" : "ป่า") + " หมู่ " + i, null, null, null));
		}
		directory.save(new Agency("PKT", "สำนักงานจังหวัดภูเก็ต", null, null, null));
		directory.save(new Agency("PKTH", "สำนักงานสาธารณสุขจังหวัดภูเก็ต", null, null, null));
	}

	@AfterEach
	void stop() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void findsByAnyPartOfTheNameOrTheCodeWithAllWordsRequired() {
		assertThat(directory.search("หมู่ 17", 10)).extracting(Agency::code).startsWith("HO17");
		assertThat(directory.search("บ้านนา หมู่ 1", 100)).extracting(Agency::code).allMatch(c -> Integer.parseInt(c.substring(2)) % 2 == 0)
			.contains("HO10", "HO12");
		assertThat(directory.search("สาธารณสุข", 10)).extracting(Agency::code).containsExactly("PKTH");
		assertThat(directory.search("บ้านป่า", 100)).hasSize(35);
		assertThat(directory.count("โรงพยาบาลส่งเสริมสุขภาพ")).isEqualTo(70);
		assertThat(directory.search("โรงพยาบาลส่งเสริมสุขภาพ", 30)).hasSize(30);
	}

	@Test
	void anExactCodeComesFirstThenCodesThatBeginWithIt() {
		assertThat(directory.search("pkt", 10)).extracting(Agency::code).containsExactly("PKT", "PKTH");
		assertThat(directory.search("ho1", 3)).extracting(Agency::code).first().isEqualTo("HO1");
	}

	@Test
	void emptyOrUnknownQueriesFindNothing() {
		assertThat(directory.search("", 10)).isEmpty();
		assertThat(directory.search("   ", 10)).isEmpty();
		assertThat(directory.search(null, 10)).isEmpty();
		assertThat(directory.search("กรุงเทพ", 10)).isEmpty();
		assertThat(directory.search("ภูเก็ต โรงพยาบาล", 10)).isEmpty();
		assertThat(directory.search(".*", 10)).isEmpty(); // words, not patterns
	}
}
