package th.ita.bot.system;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;

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
	@Order(3)
	Upkeep complaintUpkeep(ComplaintService complaints) {
		// drafts, unattached photos and rate-limit counters expire in the sweep: the embedded server has no TTL
		return new Upkeep("complaints", complaints::createIndexes, complaints::sweep);
	}
}
