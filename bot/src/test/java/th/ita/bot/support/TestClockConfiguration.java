package th.ita.bot.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Every bean that asks the time gets a {@link TestClock}. Named apart from the application's
 * {@code clock} (bean overriding is off) and primary, so it wins wherever a Clock is injected.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock();
	}
}
