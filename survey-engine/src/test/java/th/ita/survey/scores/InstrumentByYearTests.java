package th.ita.survey.scores;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.scoring.Instruments;
import th.ita.scoring.Item;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;
import th.ita.survey.conversation.Answer;
import th.ita.survey.opinion.Topic;
import th.ita.survey.response.ResponseBuckets;
import th.ita.survey.response.SurveyResponse;
import th.ita.survey.response.TallyStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Two instruments side by side: the shipped 2563 for fiscal 2569 and before, the test instrument
 * 2570 (src/test/resources/instruments/2570: 6-option scale, ids t…/u…/p…, indicators IIT-A …) from
 * fiscal 2570. Sheets, counters, judgements and sample rules each follow the year they are about.
 */
class InstrumentByYearTests {

	static final Scheme ita2563 = Scheme.load(2563);

	static final Scheme ita2570 = Scheme.load(dir("/instruments/2570"));

	final Instruments instruments = Instruments.of(ita2563, ita2570);

	/** 24 Nov 2026 in Bangkok: fiscal 2570. */
	final Clock clock = Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneId.of("Asia/Bangkok"));

	MongoServer server;

	MongoClient client;

	TallyStore tallies;

	LiveScores live;

	@BeforeEach
	void start() {
		server = new MongoServer(new MemoryBackend());
		client = MongoClients.create(server.bindAndGetConnectionString());
		MongoTemplate mongo = new MongoTemplate(client, "ita");
		tallies = new TallyStore(mongo, instruments, 1);
		live = new LiveScores(instruments, tallies, mongo, clock);
	}

	@AfterEach
	void stop() {
		client.close();
		server.shutdownNow();
	}

	/** Every item of the form answered with the option at {@code index} (the last one when the scale is shorter). */
	static SurveyResponse sheet(Scheme scheme, Tool tool, int fiscalYear, int index) {
		List<Answer> answers = new ArrayList<>();
		for (Item item : scheme.form(tool).items()) {
			var options = item.scale().options();
			answers.add(new Answer(item.id(), options.get(Math.min(index, options.size() - 1)).value()));
		}
		return new SurveyResponse(ResponseBuckets.newKey(), tool, "PKT", fiscalYear, answers, LocalDate.of(2026, 11, 24),
				false);
	}

	@Test
	void eachYearsSheetsAreCountedOnThatYearsInstrument() {
		// option 5 of 6 on t1 (plain): 100; option 1 of 4 on 2563's i1.1: 33
		assertThat(tallies.apply(sheet(ita2570, Tool.IIT, 2570, 5))).isTrue();
		assertThat(tallies.apply(sheet(ita2563, Tool.IIT, 2569, 1))).isTrue();
		assertThat(live.score("PKT", 2570).scheme().name()).isEqualTo("ITA ทดสอบ 2570");
		assertThat(live.score("PKT", 2570).item("t1").score()).isEqualByComparingTo("100");
		assertThat(live.score("PKT", 2570).item("t1").counts()).containsExactly(0, 0, 0, 0, 0, 1);
		assertThat(live.score("PKT", 2569).scheme().year()).isEqualTo(2563);
		assertThat(live.score("PKT", 2569).item("i1.1").score()).isEqualByComparingTo("33");
		assertThat(live.score("PKT", 2569).item("t1")).isNull();
		// the recount from the sheets reads each year on its own instrument too
		assertThat(live.recount("PKT", 2570).item("t1").counts()).containsExactly(0, 0, 0, 0, 0, 1);
		assertThat(live.recount("PKT", 2569).item("i1.1").counts()).containsExactly(0, 1, 0, 0);
	}

	@Test
	void aSheetOfOneInstrumentIsRefusedInAnotherYear() {
		assertThatIllegalArgumentException().isThrownBy(() -> tallies.apply(sheet(ita2570, Tool.EIT, 2569, 0)))
			.withMessageContaining("u1");
		assertThatIllegalArgumentException().isThrownBy(() -> tallies.apply(sheet(ita2563, Tool.EIT, 2570, 0)))
			.withMessageContaining("e1");
	}

	@Test
	void oitJudgementsFollowTheYearsChecklist() {
		live.judge("PKT", 2570, "p1", true, null);
		live.judge("PKT", 2570, "p2", false, null);
		live.judge("PKT", 2569, "o1", true, null);
		assertThatIllegalArgumentException().isThrownBy(() -> live.judge("PKT", 2569, "p1", true, null));
		assertThat(live.score("PKT", 2570).item("p1").score()).isEqualByComparingTo("100");
		assertThat(live.score("PKT", 2570).item("p2").score()).isEqualByComparingTo("0");
		assertThat(live.score("PKT", 2570).item("o1")).isNull();
		assertThat(live.score("PKT", 2569).item("o1").score()).isEqualByComparingTo("100");
	}

	@Test
	void sampleRulesAreTheInstrumentsOwn() {
		VisibleScores visible = new VisibleScores(live, SampleSizeRule.ITA_DEFAULT, 5);
		// 2570: IIT 20% at least 10 → 24 of 120; 2563: 10% at least 30 → 30 of 120
		assertThat(visible.required(Tool.IIT, 120, 2570)).isEqualTo(24);
		assertThat(visible.required(Tool.IIT, 120, 2569)).isEqualTo(30);
		// 2570: EIT 5% at least 20, 100 above 2,000 → 100 of 5,000; 2563: 400 above 4,000 → 400
		assertThat(visible.required(Tool.EIT, 5000, 2570)).isEqualTo(100);
		assertThat(visible.required(Tool.EIT, 5000, 2569)).isEqualTo(400);
	}

	@Test
	void opinionTopicsAreTheInstrumentsIndicatorsInItsOrder() {
		assertThat(Topic.of(ita2570)).extracting(Topic::id)
			.containsExactly("IIT-A", "IIT-B", "EIT-1", "EIT-2", "EIT-3", "OIT-1", "OIT-2");
		assertThat(Topic.of(ita2563)).extracting(Topic::id)
			.containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
	}

	static Path dir(String resource) {
		try {
			return Path.of(InstrumentByYearTests.class.getResource(resource).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
