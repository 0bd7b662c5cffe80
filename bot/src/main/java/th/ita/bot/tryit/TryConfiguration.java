package th.ita.bot.tryit;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import th.ita.survey.staff.StaffMember;

/** The reply capture exists only with the try-it page: otherwise every reply goes to LINE. */
@Configuration(proxyBeanMethods = false)
@Conditional(TryPageSwitch.class)
@EnableConfigurationProperties(TryConfiguration.DemoStaff.class)
class TryConfiguration {

	@Bean
	TryReplies tryReplies() {
		return new TryReplies();
	}

	/**
	 * The try page's demo staff code ({@code ita.try.*}).
	 *
	 * @param staffRoles viewer and OIT editor by default, so a newcomer sees scores and judges OIT but
	 * does not read complaint texts (add {@code COMPLAINT_OFFICER} to try the complaint desk)
	 * @param staffAgency the agency the demo code is for
	 */
	@ConfigurationProperties("ita.try")
	record DemoStaff(@DefaultValue({ "VIEWER", "OIT_EDITOR" }) Set<StaffMember.Role> staffRoles,
			@DefaultValue("PKT") String staffAgency) {
	}
}
