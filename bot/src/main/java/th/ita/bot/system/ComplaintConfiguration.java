package th.ita.bot.system;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import th.ita.scoring.Instruments;
import th.ita.survey.conversation.FiscalYear;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.complaint.CaseNumbers;
import th.ita.survey.complaint.ComplaintDesk;
import th.ita.survey.complaint.ComplaintService;
import th.ita.survey.complaint.EvidencePhotos;
import th.ita.survey.complaint.PhotoIntake;
import th.ita.survey.complaint.RateLimiter;
import th.ita.survey.complaint.ReceiptCodes;
import th.ita.survey.opinion.Opinions;
import th.ita.survey.opinion.Topic;
import th.ita.survey.staff.StaffAudit;

/** Wires the anonymous complaint and opinion channel (survey-engine classes) into the app. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PhotoProperties.class)
class ComplaintConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ComplaintConfiguration.class);

	@Bean
	ReceiptCodes receiptCodes(ComplaintSettings complaints) {
		return new ReceiptCodes(complaints.receiptSecret());
	}

	/** Photos are decoded in a bounded pool of their own, never on the chat workers. */
	@Bean(destroyMethod = "close")
	PhotoIntake photoIntake(PhotoProperties properties) {
		return new PhotoIntake(properties.limits());
	}

	@Bean
	EvidencePhotos evidencePhotos(MongoTemplate mongo, Clock clock, PhotoIntake intake) {
		return new EvidencePhotos(mongo, clock, intake);
	}

	@Bean
	RateLimiter rateLimiter(MongoTemplate mongo, Pseudonyms pseudonyms, Clock clock) {
		return new RateLimiter(mongo, pseudonyms, clock);
	}

	@Bean
	Opinions opinions(MongoTemplate mongo, Clock clock) {
		return new Opinions(mongo, clock);
	}

	@Bean
	ComplaintService complaintService(MongoTemplate mongo, AgencyDirectory agencies, Pseudonyms pseudonyms,
			ReceiptCodes receipts, EvidencePhotos photos, RateLimiter limits, Opinions opinions, Instruments instruments, Clock clock) {
		return new ComplaintService(mongo, agencies, pseudonyms, receipts, new CaseNumbers(mongo), photos, limits, opinions,
				Topic.of(instruments.forYear(FiscalYear.of(LocalDate.now(clock)))), clock);
	}

	@Bean
	ComplaintDesk complaintDesk(MongoTemplate mongo, Opinions opinions, EvidencePhotos photos, Clock clock, StaffAudit audit) {
		return new ComplaintDesk(mongo, opinions, photos, clock, audit);
	}

	@Bean
	ApplicationRunner complaintStartup(ComplaintService complaints) {
		return args -> {
			complaints.createIndexes();
			log.info("Complaint sweep on start: {}", complaints.sweep());
		};
	}

	@Bean
	ComplaintSweeper complaintSweeper(ComplaintService complaints) {
		return new ComplaintSweeper(complaints);
	}

	/** Drafts, unattached photos and rate-limit counters expire here: the embedded server has no TTL. */
	static class ComplaintSweeper {

		private final ComplaintService complaints;

		ComplaintSweeper(ComplaintService complaints) {
			this.complaints = complaints;
		}

		@Scheduled(fixedDelayString = "${ita.sweep-interval:PT5M}", initialDelayString = "${ita.sweep-interval:PT5M}")
		void sweep() {
			complaints.sweep();
		}
	}
}
