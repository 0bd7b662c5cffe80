package th.ita.bot.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import th.ita.bot.system.LinkSettings;

class PhotoLinksTests {

	static final String SECRET = "test-receipt-secret-0123456789";

	static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");

	PhotoLinks at(Instant now) {
		return new PhotoLinks(new LinkSettings("https://bot.example/", SECRET, null), Clock.fixed(now, ZoneOffset.UTC));
	}

	@Test
	void aLinkWorksForAnHourThenNoMore() {
		String link = at(NOW).link("c1", "p1").orElseThrow();
		assertThat(link).startsWith("https://bot.example/complaint-photos/c1/p1?exp=");
		long exp = Long.parseLong(link.replaceAll(".*exp=(\\d+).*", "$1"));
		String sig = link.replaceAll(".*sig=", "");
		assertThat(at(NOW.plusSeconds(3599)).valid("c1", "p1", exp, sig)).isTrue();
		assertThat(at(NOW.plusSeconds(3601)).valid("c1", "p1", exp, sig)).isFalse();
	}

	@Test
	void aSignatureFitsOneComplaintPhotoAndExpiryOnly() {
		String link = at(NOW).link("c1", "p1").orElseThrow();
		long exp = Long.parseLong(link.replaceAll(".*exp=(\\d+).*", "$1"));
		String sig = link.replaceAll(".*sig=", "");
		PhotoLinks links = at(NOW);
		assertThat(links.valid("c1", "p2", exp, sig)).isFalse();
		assertThat(links.valid("c2", "p1", exp, sig)).isFalse();
		assertThat(links.valid("c1", "p1", exp + 1, sig)).isFalse();
		assertThat(links.valid("c1", "p1", exp, null)).isFalse();
		assertThat(new PhotoLinks(new LinkSettings("https://bot.example", "another-secret-0123456789", null), Clock.fixed(NOW, ZoneOffset.UTC))
			.valid("c1", "p1", exp, sig)).isFalse();
	}

	@Test
	void aLinkSignedForYearsIsRefusedEvenWithARightSignature() {
		// signed by an instance whose clock is ten years ahead: the signature is right, the lifetime is not
		String link = at(NOW.plus(java.time.Duration.ofDays(3650))).link("c1", "p1").orElseThrow();
		long exp = Long.parseLong(link.replaceAll(".*exp=(\\d+).*", "$1"));
		String sig = link.replaceAll(".*sig=", "");
		assertThat(at(NOW.plus(java.time.Duration.ofDays(3650))).valid("c1", "p1", exp, sig)).isTrue();
		assertThat(at(NOW).valid("c1", "p1", exp, sig)).isFalse();
	}

	@Test
	void withoutAPublicAddressThereAreNoLinks() {
		assertThat(new PhotoLinks(new LinkSettings("", SECRET, null), Clock.systemUTC()).link("c1", "p1")).isEmpty();
	}
}
