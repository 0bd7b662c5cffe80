package th.ita.bot.line;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoadingIndicatorTests {

	@Test
	void secondsAreWhatLineAccepts() {
		assertThat(LoadingIndicator.lineSeconds(1)).isEqualTo(5);
		assertThat(LoadingIndicator.lineSeconds(5)).isEqualTo(5);
		assertThat(LoadingIndicator.lineSeconds(7)).isEqualTo(10);
		assertThat(LoadingIndicator.lineSeconds(60)).isEqualTo(60);
		assertThat(LoadingIndicator.lineSeconds(600)).isEqualTo(60);
		assertThat(LoadingIndicator.lineSeconds(-3)).isEqualTo(5);
	}
}
