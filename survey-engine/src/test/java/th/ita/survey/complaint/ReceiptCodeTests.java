package th.ita.survey.complaint;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReceiptCodeTests {

	final ReceiptCodes codes = new ReceiptCodes("test-receipt-secret-0123456789");

	@Test
	void codesAreSixteenCharactersOfTheCrockfordAlphabetInFourGroups() {
		ReceiptCode code = codes.issue();
		assertThat(code.value()).hasSize(16).matches("[0-9A-HJKMNP-TV-Z]{16}");
		assertThat(code.grouped()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(code.value()).doesNotContain("I", "L", "O", "U");
	}

	@Test
	void tenThousandCodesAreDistinctAndUseEveryCharacterAtEveryPosition() {
		Set<String> seen = new HashSet<>();
		int[][] counts = new int[16][32];
		for (int i = 0; i < 10_000; i++) {
			String v = codes.issue().value();
			seen.add(v);
			for (int p = 0; p < 16; p++) {
				counts[p][ReceiptCode.ALPHABET.indexOf(v.charAt(p))]++;
			}
		}
		assertThat(seen).hasSize(10_000);
		// 10,000 / 32 = 312 expected per cell; a biased encoder leaves cells near zero or far above
		for (int[] position : counts) {
			for (int n : position) {
				assertThat(n).isBetween(200, 430);
			}
		}
	}

	@Test
	void encodesFiveBitsPerCharacter() {
		assertThat(ReceiptCodes.encode(new byte[10])).isEqualTo("0000000000000000");
		byte[] ones = new byte[10];
		java.util.Arrays.fill(ones, (byte) 0xff);
		assertThat(ReceiptCodes.encode(ones)).isEqualTo("ZZZZZZZZZZZZZZZZ");
		// the RFC 4648 vector 00 44 32 14 C7 is "ABCDEFGH" there, values 0..7
		assertThat(ReceiptCodes.encode(new byte[] { 0x00, 0x44, 0x32, 0x14, (byte) 0xC7 })).isEqualTo("01234567");
	}

	@Test
	void readsWhatPeopleTypeLeniently() {
		ReceiptCode code = codes.issue();
		assertThat(ReceiptCode.parse(code.grouped())).contains(code);
		assertThat(ReceiptCode.parse(code.value().toLowerCase())).contains(code);
		assertThat(ReceiptCode.parse(" " + code.grouped().replace("-", " ") + " ")).contains(code);
		assertThat(ReceiptCode.parse("0O1I-L000-0000-0000")).map(ReceiptCode::value).contains("0011100000000000");
	}

	@Test
	void theLookupKeyIsStableSecretDependentAndRevealsNothingOfTheCode() {
		ReceiptCode code = codes.issue();
		String key = codes.lookupKey(code);
		assertThat(codes.lookupKey(ReceiptCode.parse(code.grouped()).orElseThrow())).isEqualTo(key);
		assertThat(new ReceiptCodes("another-secret-0123456789abc").lookupKey(code)).isNotEqualTo(key);
		assertThat(key).doesNotContain(code.value()).hasSize(43);
		assertThat(code.toString()).doesNotContain(code.value());
	}

	@Nested
	class Rejects {

		@Test
		void wrongLength() {
			assertThat(ReceiptCode.parse("ABCD-EFGH-JKMN")).isEmpty();
			assertThat(ReceiptCode.parse("ABCD-EFGH-JKMN-PQRS-T")).isEmpty();
			assertThat(ReceiptCode.parse("")).isEmpty();
		}

		@Test
		void charactersOutsideTheAlphabet() {
			assertThat(ReceiptCode.parse("ABCD-EFGH-JKMN-PQRU")).isEmpty();
			assertThat(ReceiptCode.parse("ABCD-EFGH-JKMN-PQR*")).isEmpty();
			assertThat(ReceiptCode.parse("รหัสไทยสิบหกตัวอักษรนะ")).isEmpty();
		}

		@Test
		void aShortSecret() {
			assertThatThrownBy(() -> new ReceiptCodes("short")).isInstanceOf(IllegalArgumentException.class);
		}
	}
}
