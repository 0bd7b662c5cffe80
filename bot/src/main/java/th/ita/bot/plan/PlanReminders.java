package th.ita.bot.plan;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

import th.ita.survey.plan.ImprovementPlan;
import th.ita.survey.plan.PlanContacts;

/**
 * Pushes a reminder to a measure's contact when a follow-up date is within
 * {@code ita.plan.remind-before} and no progress was reported for it yet: once per measure and
 * date (claimed in the database first, so two instances never both send; the LINE retry key is
 * derived from the same pair, so a retried push is not shown twice).
 */
class PlanReminders {

	private static final Logger log = LoggerFactory.getLogger(PlanReminders.class);

	private final ImprovementPlan plan;

	private final PlanContacts contacts;

	private final MessagingApiClient line;

	private final PlanSettings settings;

	private final ContactSeal seal;

	PlanReminders(ImprovementPlan plan, PlanContacts contacts, MessagingApiClient line, PlanSettings settings,
			ContactSeal seal) {
		this.seal = seal;
		this.plan = plan;
		this.contacts = contacts;
		this.line = line;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${ita.plan.check-every:PT1H}", initialDelayString = "${ita.plan.check-every:PT1H}")
	void scheduled() {
		run();
	}

	/** Sends the reminders due now; returns how many were sent. */
	int run() {
		int sent = 0;
		for (ImprovementPlan.Due due : plan.dueWithin(settings.remindBefore())) {
			String to = contacts.of(due.measure().ownerKey()).map(c -> seal.open(c.sealedUserId())).orElse(null);
			if (to == null || !plan.claimReminder(due)) {
				continue;
			}
			UUID retryKey = UUID.nameUUIDFromBytes(
					("plan-reminder:" + due.measure().id() + ":" + due.date()).getBytes(StandardCharsets.UTF_8));
			line.pushMessage(retryKey, new PushMessageRequest(to,
					List.of(PlanMessages.reminder(due.measure(), due.date())), false, null))
				.whenComplete((r, error) -> {
					if (error != null) {
						log.warn("Plan reminder for {} {} not sent: {}", due.measure().id(), due.date(), error.toString());
					}
				});
			sent++;
		}
		return sent;
	}
}
