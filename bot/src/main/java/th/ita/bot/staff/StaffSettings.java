package th.ita.bot.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff settings ({@code ita.staff.*}): how many registration codes one person may try a day, and
 * the agency the first province admin belongs to (empty: the first agency by code).
 */
@ConfigurationProperties("ita.staff")
public record StaffSettings(@DefaultValue("10") int codeAttemptsPerDay, @DefaultValue("") String bootstrapAgency) {

	public StaffSettings {
		if (codeAttemptsPerDay < 1) {
			throw new IllegalArgumentException("ita.staff.code-attempts-per-day must be at least 1");
		}
	}
}
