package th.ita.bot.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactSealTests {

	@Test
	void aSealedUserIdOpensOnlyUnderTheSameSecretAndNeverShowsInClear() {
		ContactSeal seal = new ContactSeal(new th.ita.bot.system.AnonymitySettings("secret-one-0123456789"));
		String userId = "U0123456789abcdef0123456789abcdef";
		String sealed = seal.seal(userId);
		assertThat(sealed).doesNotContain(userId).isNotEqualTo(seal.seal(userId)); // a fresh IV each time
		assertThat(seal.open(sealed)).isEqualTo(userId);
		assertThat(new ContactSeal(new th.ita.bot.system.AnonymitySettings("another-secret-0123456789")).open(sealed)).isNull();
		char[] tampered = sealed.toCharArray();
		tampered[20] = tampered[20] == 'A' ? 'B' : 'A';
		assertThat(seal.open(new String(tampered))).isNull();
		assertThat(seal.open("not base64 at all!")).isNull();
	}
}
