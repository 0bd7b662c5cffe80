package th.ita.bot.system;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.repository.config.EnableMongoRepositories;
import org.springframework.data.domain.Sort;
import org.springframework.scheduling.annotation.Scheduled;

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

	private static final Logger log = LoggerFactory.getLogger(SurveyEngineConfiguration.class);

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
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
	 * Indexes declared in code (auto index creation is off by default in Spring Data), then the
	 * agencies file and the crash recovery sweep.
	 */
	@Bean
	ApplicationRunner surveyEngineStartup(MongoTemplate mongo, AgencyDirectory agencies, SurveyService surveys,
			EngineSettings settings, ResourceLoader resources,
			ObjectProvider<EmbeddedDatabase> embedded) {
		return args -> {
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
			SurveyService.RecoveryReport report = surveys.recover();
			log.info("Startup sweep: {} submits finished, {} old-layout responses converted, {} idle sessions deleted",
					report.submitsFinished(), report.responsesCounted(), report.idleSessionsDeleted());
			// agencies and indexes in the file before the first webhook
			embedded.ifAvailable(EmbeddedDatabase::checkpoint);
		};
	}

	@Bean
	Sweeper sweeper(SurveyService surveys) {
		return new Sweeper(surveys);
	}

	/** The same sweep every few minutes: the embedded server never expires TTL documents. */
	static class Sweeper {

		private final SurveyService surveys;

		Sweeper(SurveyService surveys) {
			this.surveys = surveys;
		}

		@Scheduled(fixedDelayString = "${ita.sweep-interval:PT5M}", initialDelayString = "${ita.sweep-interval:PT5M}")
		void sweep() {
			surveys.recover();
		}
	}
}
