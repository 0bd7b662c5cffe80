package th.ita.bot.plan;

import java.time.Clock;

import com.linecorp.bot.messaging.client.MessagingApiClient;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.bot.system.Upkeep;
import th.ita.survey.plan.ImprovementPlan;
import th.ita.survey.plan.LastYear;
import th.ita.survey.plan.PlanContacts;
import th.ita.survey.scores.LiveScores;
import th.ita.bot.system.ScoresSettings;

/** Wires the survey engine's plan side and the reminder job. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlanSettings.class)
class PlanConfiguration {

	@Bean
	ImprovementPlan improvementPlan(MongoTemplate mongo, Clock clock) {
		return new ImprovementPlan(mongo, clock);
	}

	@Bean
	PlanContacts planContacts(MongoTemplate mongo) {
		return new PlanContacts(mongo);
	}

	@Bean
	LastYear lastYear(MongoTemplate mongo, LiveScores live, ScoresSettings scores) {
		return new LastYear(mongo, live, scores.minRespondents());
	}

	@Bean
	PlanReminders planReminders(ImprovementPlan plan, PlanContacts contacts, MessagingApiClient line, PlanSettings settings,
			ContactSeal seal) {
		return new PlanReminders(plan, contacts, line, settings, seal);
	}

	@Bean
	@Order(4)
	Upkeep planUpkeep(ImprovementPlan plan) {
		return Upkeep.prepareOnly("plan", plan::createIndexes);
	}
}
