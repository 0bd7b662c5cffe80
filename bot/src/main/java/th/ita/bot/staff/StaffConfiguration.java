package th.ita.bot.staff;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.bot.system.Upkeep;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.scores.LiveScores;
import th.ita.survey.scores.VisibleScores;
import th.ita.survey.staff.DisplayScreens;
import th.ita.survey.staff.StaffAdministration;
import th.ita.survey.staff.StaffAudit;
import th.ita.survey.staff.StaffDirectory;
import th.ita.survey.staff.StaffRegistration;
import th.ita.survey.staff.StaffService;

/** Wires the survey engine's staff side (the visible scores are shared with the reports: SurveyEngineConfiguration). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StaffSettings.class)
class StaffConfiguration {

	@Bean
	StaffRegistration staffRegistration(MongoTemplate mongo, StaffDirectory staff, Clock clock, StaffSettings settings) {
		return new StaffRegistration(mongo, staff, clock, settings.codeAttemptsPerDay());
	}

	@Bean
	StaffAudit staffAudit(MongoTemplate mongo, Clock clock) {
		return new StaffAudit(mongo, clock);
	}

	@Bean
	DisplayScreens displayScreens(MongoTemplate mongo, Clock clock) {
		return new DisplayScreens(mongo, clock);
	}

	@Bean
	StaffService staffService(StaffDirectory staff, StaffRegistration registration, StaffAudit audit,
			AgencyDirectory agencies, VisibleScores scores, LiveScores live) {
		return new StaffService(staff, registration, audit, agencies, scores, live);
	}

	@Bean
	StaffAdministration staffAdministration(StaffDirectory staff, StaffRegistration registration, StaffAudit audit,
			AgencyDirectory agencies, DisplayScreens screens) {
		return new StaffAdministration(staff, registration, audit, agencies, screens);
	}

	/** Expired codes are refused on read; the sweep only keeps the collection small on the embedded server. */
	@Bean
	@Order(2)
	Upkeep staffUpkeep(StaffRegistration registration, StaffAudit audit, StaffDirectory staff) {
		return new Upkeep("staff", () -> {
			registration.createIndexes();
			audit.createIndexes();
			staff.migrateLegacyRoles();
		}, registration::forgetExpired);
	}

	@Bean
	AdminBootstrap adminBootstrap(StaffRegistration registration, AgencyDirectory agencies, StaffSettings settings) {
		return new AdminBootstrap(registration, agencies, settings);
	}
}
