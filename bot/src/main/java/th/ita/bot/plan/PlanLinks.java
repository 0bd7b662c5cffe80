package th.ita.bot.plan;

import org.springframework.stereotype.Component;

import th.ita.bot.system.LinkSettings;

/**
 * The address of an agency's public plan page ({@code /plan/PKT/2570}): the plan is meant to be
 * published (OIT o42/o43 ask for it), so the page needs no signed link and can be given as evidence.
 */
@Component
public class PlanLinks {

	private final String base;

	PlanLinks(LinkSettings links) {
		this.base = links.publicUrl();
	}

	/** The full address, or null when the bot's public address is not configured. */
	public String page(String agency, int fiscalYear) {
		return base.isEmpty() ? null : base + path(agency, fiscalYear);
	}

	public static String path(String agency, int fiscalYear) {
		return "/plan/" + agency + "/" + fiscalYear;
	}
}
