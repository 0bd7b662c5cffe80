package th.ita.bot.plan;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address of an agency's public plan page ({@code /plan/PKT/2570}): the plan is meant to be
 * published (OIT o42/o43 ask for it), so the page needs no signed link and can be given as evidence.
 */
@Component
public class PlanLinks {

	private final String base;

	PlanLinks(@Value("${ita.public-base-url:}") String base) {
		this.base = base == null ? "" : base.replaceAll("/+$", "");
	}

	/** The full address, or null when the bot's public address is not configured. */
	public String page(String agency, int fiscalYear) {
		return base.isEmpty() ? null : base + path(agency, fiscalYear);
	}

	public static String path(String agency, int fiscalYear) {
		return "/plan/" + agency + "/" + fiscalYear;
	}
}
