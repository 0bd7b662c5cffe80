package th.ita.bot.tryit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TryPageSwitchTests {

	@Test
	void isOnWhileTheChannelSecretIsTheLocalDefault() {
		assertThat(TryPageSwitch.enabled(null, "local-channel-secret")).isTrue();
		assertThat(TryPageSwitch.enabled("", null)).isTrue();
	}

	@Test
	void isOffWithARealChannelUnlessAskedFor() {
		assertThat(TryPageSwitch.enabled(null, "3f1e0c2b9a8d7e6f5a4b3c2d1e0f9a8b")).isFalse();
		assertThat(TryPageSwitch.enabled("true", "3f1e0c2b9a8d7e6f5a4b3c2d1e0f9a8b")).isTrue();
	}

	@Test
	void canBeTurnedOffEvenLocally() {
		assertThat(TryPageSwitch.enabled("false", "local-channel-secret")).isFalse();
	}
}
