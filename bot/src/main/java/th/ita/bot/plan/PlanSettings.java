package th.ita.bot.plan;

import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The improvement plan's settings: how long before a follow-up date the responsible staff are
 * reminded, and the OIT items that publish the plan (2563: o42 and o43, the internal measures), for
 * which the plan's public page is offered as evidence.
 */
@ConfigurationProperties("ita.plan")
public record PlanSettings(@DefaultValue("P7D") Period remindBefore, @DefaultValue({ "o42", "o43" }) List<String> evidenceItems) {

	public PlanSettings {
		if (remindBefore.isNegative() || remindBefore.isZero()) {
			throw new IllegalArgumentException("ita.plan.remind-before must be a positive period, e.g. P7D");
		}
		evidenceItems = List.copyOf(evidenceItems);
	}
}
