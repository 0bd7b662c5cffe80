package th.ita.bot.system;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.repository.config.EnableMongoRepositories;
import org.springframework.data.domain.Sort;

import th.ita.scoring.Instruments;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.agency.AgencyRepository;
import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.conversation.SurveyService;
import th.ita.survey.conversation.SurveySessionRepository;
import th.ita.survey.response.TallyStore;
import th.ita.survey.scores.LiveScores;
import th.ita.survey.scores.SampleSizeRule;
import th.ita.survey.scores.VisibleScores;
import th.ita.survey.staff.StaffDirectory;

/** Wires the survey engine (plain classes, no Spring annotations of their own) into the app. */
@Configuration(proxyBeanMethods = false)
@EnableMongoRepositories(basePackages = "th.ita.survey")
@EnableConfigurationProperties({ ScoresSettings.class, LinkSettings.class, AnonymitySettings.class,
		ComplaintSettings.class, MongoSettings.class, EngineSettings.class, DataDirectory.class })
class SurveyEngineConfiguration {

	/** Bangkok time whatever the server's zone: "today" (quotas, filing dates, expiries) is a Thai day. */
	@Bean
	Clock clock() {
		return Clock.system(java.time.ZoneId.of("Asia/Bangkok"));
	}

	@Bean
	Pseudonyms pseudonyms(AnonymitySettings anonymity) {
		return new Pseudonyms(anonymity.secret());
	}

	@Bean
	AgencyDirectory agencyDirectory(AgencyRepository agencies, Clock clock,
			EngineSettings settings) {
		return new AgencyDirectory(agencies, clock, settings.agenciesCache());
	}

	@Bean
	TallyStore tallyStore(MongoTemplate mongo, Instruments instruments, ScoresSettings scores) {
		return new TallyStore(mongo, instruments, scores.publishStep());
	}

	@Bean
	StaffDirectory staffDirectory(MongoTemplate mongo, Pseudonyms pseudonyms) {
		return new StaffDirectory(mongo, pseudonyms);
	}

	@Bean
	LiveScores liveScores(Instruments instruments, TallyStore tallies, MongoTemplate mongo, Clock clock) {
		return new LiveScores(instruments, tallies, mongo, clock);
	}

	@Bean
	SampleSizeRule sampleSizeRule(ScoresSettings scores) {
		ScoresSettings.Sample s = scores.sample();
		return new SampleSizeRule(s.percent(), s.minimum(), s.eitCapAbove(), s.eitCap());
	}

	/**
	 * The one small-cell rule, for the staff chat commands and the reports and dashboard alike. The
	 * minimum sample is each year's instrument's own; {@code ita.scores.sample.*} serves an instrument
	 * that states none.
	 */
	@Bean
	VisibleScores visibleScores(LiveScores live, SampleSizeRule rule, ScoresSettings scores) {
		return new VisibleScores(live, rule, scores.minRespondents());
	}

	/**
	 * Sessions kept in memory ({@code ita.sessions.cached}): by default 5,000 on the embedded
	 * database, where one bot does nearly all the work, and none with a MongoDB URI, where instances
	 * behind a load balancer would mostly find theirs out of date (still correct, see SessionCache,
	 * just no faster).
	 */
	@Bean
	SurveyService surveyService(Instruments instruments, AgencyDirectory agencies, SurveySessionRepository sessions,
			MongoTemplate mongo, TallyStore tallies, Pseudonyms pseudonyms, Clock clock,
			ObjectProvider<EmbeddedDatabase> embedded, EngineSettings settings) {
		Integer cached = settings.sessions().cached();
		int size = cached != null && cached >= 0 ? cached : embedded.getIfAvailable() != null ? 5_000 : 0;
		return new SurveyService(instruments, agencies, sessions, mongo, tallies, pseudonyms, clock, size);
	}

	/**
	 * Indexes declared in code (auto index creation is off by default in Spring Data) and the
	 * agencies file; the sweep finishes interrupted submits and deletes idle sessions.
	 */
	@Bean
	@Order(1)
	Upkeep surveyUpkeep(MongoTemplate mongo, AgencyDirectory agencies, SurveyService surveys, EngineSettings settings,
			ResourceLoader resources) {
		return new Upkeep("surveys", () -> {
			mongo.indexOps("survey_sessions").createIndex(new Index("updatedAt", Sort.Direction.ASC).named("idle_ttl")
				.expire(java.time.Duration.ofDays(30)));
			// saves and deletes of a versioned session query {_id, version}; the embedded server uses an
			// index only when the query's keys equal the index's, and otherwise scans every open session
			// under a collection lock (trivially unique, and harmless on MongoDB)
			mongo.indexOps("survey_sessions").createIndex(new Index().on("_id", Sort.Direction.ASC)
				.on("version", Sort.Direction.ASC).unique().named("id_version"));
			mongo.indexOps("responses").createIndex(new Index().on("agency", Sort.Direction.ASC)
				.on("fiscalYear", Sort.Direction.ASC).on("tool", Sort.Direction.ASC).named("agency_year_tool"));
			mongo.indexOps("responses").createIndex(new Index("counted", Sort.Direction.ASC).named("counted"));
			mongo.indexOps(SurveyService.CODE_ATTEMPTS).createIndex(new Index("expiresAt", Sort.Direction.ASC).named("ttl")
				.expire(java.time.Duration.ZERO));
			agencies.importMissing(resources.getResource(settings.agenciesFile()));
		}, surveys::recover);
	}
}
