package th.ita.bot.plan;

import org.springframework.stereotype.Component;

import th.ita.bot.system.AnonymitySettings;
import th.ita.bot.system.Seal;

/**
 * Seals the LINE userId the reminders are pushed to: a copy of the data without the secret cannot
 * tell whom the plan's reminders go to. {@link #open} gives null under another secret (then no
 * reminder is sent).
 */
@Component
class ContactSeal extends Seal {

	ContactSeal(AnonymitySettings anonymity) {
		super(anonymity, "PLAN-CONTACT");
	}
}
