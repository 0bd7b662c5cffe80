package th.ita.scoring.cli;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import th.ita.scoring.Item;
import th.ita.scoring.Scheme;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code report} command, run in-process through {@link ScoringCli#run}. Expected figures are
 * computed by hand in the comments (option scores 0/33/67/100, yes/no 100/0, reversed for
 * negatively worded items) or taken from the seed report, never from the library's own output.
 */
class ScoringCliTests {

	/** Reads numbers as written: 50.00 stays 50.00, so assertions see the printed decimals. */
	static final ObjectMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
		.build();

	/** {@code src/test/resources/cli/responses.jsonl}: agencies PKT (2 IIT, 1 EIT, 2 OIT lines) and KBI. */
	static String fixture() {
		try {
			return resource("cli/responses.jsonl").toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Nested
	class JsonFormat {

		final Result result = run("", "report", fixture());

		final JsonNode pkt = result.agency("PKT");

		@Test
		void printsOneObjectWithTheAgenciesSortedByCode() {
			assertThat(result.status()).isEqualTo(ScoringCli.OK);
			assertThat(result.err()).isEmpty();
			assertThat(result.json().get("agencies").findValuesAsText("agency")).containsExactly("KBI", "PKT");
			assertThat(pkt.get("n").get("IIT").asLong()).isEqualTo(2);
			assertThat(pkt.get("n").get("EIT").asLong()).isEqualTo(1);
		}

		@Test
		void twoRespondentsMakeTheItemScore() {
			// i1.1: answers 4 (100) and "3" (67) -> (100 + 67) / 2 = 83.50
			JsonNode i11 = pkt.get("items").get("i1.1");
			assertThat(i11.get("n").asLong()).isEqualTo(2);
			assertThat(numbers(i11.get("counts"))).containsExactly("0", "0", "1", "1");
			assertThat(numbers(i11.get("percent"))).containsExactly("0.00", "0.00", "50.00", "50.00");
			assertThat(i11.get("score").decimalValue()).isEqualByComparingTo("83.50");
			// sd of {100, 67} = 23.33, se = 16.5; 83.5 - 1.959964 * 16.5 = 51.16, the high end capped at 100
			assertThat(numbers(i11.get("ci95"))).containsExactly("51.16", "100.00");
		}

		@Test
		void figuresAreWrittenWithTwoDecimals() {
			assertThat(result.out()).contains("\"score\" : 83.50", "\"score\" : 67.00", "\"2\" : 83.50");
		}

		@Test
		void reverseItemsScoreTheDesirableEnd() {
			// i9 (budget used for personal gain): answers 1 and 2 score 100 and 67 reversed -> 83.50
			assertThat(pkt.get("items").get("i9").get("score").decimalValue()).isEqualByComparingTo("83.50");
			assertThat(numbers(pkt.get("items").get("i9").get("counts"))).containsExactly("1", "1", "0", "0");
			// i4.1 (asked for money, yes/no): "no" scores 100, "yes" 0 -> 50.00
			assertThat(pkt.get("items").get("i4.1").get("score").decimalValue()).isEqualByComparingTo("50.00");
			assertThat(numbers(pkt.get("items").get("i4.1").get("counts"))).containsExactly("1", "1");
		}

		@Test
		void aMissingItemCountsOnlyThoseWhoAnsweredIt() {
			// i1.2 answered by respondent 1 only ("3" -> 67); with one answer there is no interval
			JsonNode i12 = pkt.get("items").get("i1.2");
			assertThat(i12.get("n").asLong()).isEqualTo(1);
			assertThat(i12.get("score").decimalValue()).isEqualByComparingTo("67.00");
			assertThat(i12.get("ci95").isNull()).isTrue();
			// i3.1 sent as null: not answered, like an absent item
			JsonNode i31 = pkt.get("items").get("i3.1");
			assertThat(i31.get("n").asLong()).isZero();
			assertThat(i31.get("score").isNull()).isTrue();
			assertThat(i31.get("percent").get(0).isNull()).isTrue();
		}

		@Test
		void questionsAndIndicatorsAverageWhatWasAnswered() {
			// question i1 = (83.50 + 67.00) / 2 = 75.25; i2 = "2" -> 33.00; i4 = i4.1 alone = 50.00
			assertThat(pkt.get("questions").get("i1").decimalValue()).isEqualByComparingTo("75.25");
			assertThat(pkt.get("questions").get("i3").isNull()).isTrue();
			// indicator 1 = (75.25 + 33.00 + 50.00) / 3 = 52.75; indicator 2 = i9 alone = 83.50
			assertThat(pkt.get("indicators").get("1").decimalValue()).isEqualByComparingTo("52.75");
			assertThat(pkt.get("indicators").get("2").decimalValue()).isEqualByComparingTo("83.50");
			// e1 = (e1.1 4 -> 100 + e1.2 2 -> 33) / 2 = 66.50
			assertThat(pkt.get("indicators").get("6").decimalValue()).isEqualByComparingTo("66.50");
			// nobody answered indicators 3-5, so IIT, and with it the total, cannot be computed
			assertThat(pkt.get("indicators").get("3").isNull()).isTrue();
			assertThat(pkt.get("iit").isNull()).isTrue();
			assertThat(pkt.get("total").isNull()).isTrue();
			assertThat(pkt.get("level").isNull()).isTrue();
		}

		@Test
		void itemsComeInFormOrder() {
			List<String> ids = new ArrayList<>();
			pkt.get("items").fieldNames().forEachRemaining(ids::add);
			assertThat(ids).startsWith("i1.1", "i1.2", "i2", "i3.1").contains("e1.1", "o43").hasSize(70 + 43);
			assertThat(ids.indexOf("i30.4")).isLessThan(ids.indexOf("e1.1"));
			assertThat(ids.indexOf("e15")).isLessThan(ids.indexOf("o1"));
		}

		@Test
		void theLatestOitLineWinsPerItem() {
			// line 2: o1, o2 published; line 8: o2 not published, o3 published -> o1, o3 pass, o2 fails
			JsonNode items = pkt.get("items");
			assertThat(items.get("o1").get("score").decimalValue()).isEqualByComparingTo("100.00");
			assertThat(items.get("o2").get("score").decimalValue()).isEqualByComparingTo("0.00");
			assertThat(numbers(items.get("o2").get("counts"))).containsExactly("0", "1");
			assertThat(items.get("o3").get("score").decimalValue()).isEqualByComparingTo("100.00");
			// o4 was never judged: not published
			assertThat(items.get("o4").get("score").decimalValue()).isEqualByComparingTo("0.00");
			// 9.1 = (100 + 0 + 100 + 6 x 0) / 9 = 22.22 (33.33 had o2 kept its first judgement)
			assertThat(pkt.get("subindicators").get("9.1").decimalValue()).isEqualByComparingTo("22.22");
			// indicator 9 = (22.22 + 0 + 0 + 0 + 0) / 5 = 4.44; OIT = (4.44 + 0.00) / 2 = 2.22
			assertThat(pkt.get("indicators").get("9").decimalValue()).isEqualByComparingTo("4.44");
			assertThat(pkt.get("oit").decimalValue()).isEqualByComparingTo("2.22");
		}

		@Test
		void otherAgenciesAreScoredOnTheirOwnLines() {
			JsonNode kbi = result.agency("KBI");
			assertThat(kbi.get("n").get("IIT").asLong()).isEqualTo(1);
			assertThat(kbi.get("items").get("i2").get("score").decimalValue()).isEqualByComparingTo("100.00");
			assertThat(kbi.get("items").get("i1.1").get("score").isNull()).isTrue();
		}
	}

	@Test
	void agencyOptionReportsThatAgencyOnly() {
		Result result = run("", "report", "--agency", "KBI", fixture());
		assertThat(result.status()).isEqualTo(ScoringCli.OK);
		assertThat(result.json().get("agencies")).hasSize(1);
		assertThat(result.agency("KBI").get("items").get("i2").get("score").decimalValue()).isEqualByComparingTo("100.00");
		assertThat(run("", "report", "--agency=PKT", fixture()).json().get("agencies").findValuesAsText("agency"))
			.containsExactly("PKT");
	}

	@Test
	void agencyOptionWithoutResponsesIsAnErrorNamingTheAgenciesPresent() {
		Result result = run("", "report", "--agency", "XYZ", fixture());
		assertThat(result.status()).isEqualTo(ScoringCli.BAD_INPUT);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).isEqualTo("no responses for agency \"XYZ\" (agencies in the file: KBI, PKT)\n");
	}

	@Test
	void agencyOptionStillChecksTheOtherAgenciesLines() {
		String input = line("PKT", "\"i2\":4") + line("KBI", "\"i2\":9");
		Result result = run(input, "report", "--agency", "PKT", "-");
		assertThat(result.status()).isEqualTo(ScoringCli.BAD_INPUT);
		assertThat(result.err()).startsWith("line 2: ");
		assertThat(result.out()).isEmpty();
	}

	@Test
	void readsStandardInputAndSkipsBlankLines() {
		Result result = run("\n" + line("PKT", "\"i2\":3") + "  \r\n\n" + line("PKT", "\"i2\":\"4\""), "report", "-");
		assertThat(result.status()).isEqualTo(ScoringCli.OK);
		// (67 + 100) / 2 = 83.50 from two respondents
		assertThat(result.agency("PKT").get("n").get("IIT").asLong()).isEqualTo(2);
		assertThat(result.agency("PKT").get("items").get("i2").get("score").decimalValue()).isEqualByComparingTo("83.50");
	}

	@Test
	void aByteOrderMarkBeforeTheFirstLineIsIgnored() {
		Result result = run("\uFEFF" + line("PKT", "\"i2\":4"), "report", "-");
		assertThat(result.status()).isEqualTo(ScoringCli.OK);
		assertThat(result.agency("PKT").get("items").get("i2").get("score").decimalValue()).isEqualByComparingTo("100.00");
	}

	@Test
	void aReportThatCannotBeWrittenIsAnIoError() {
		PrintStream broken = new PrintStream(new java.io.OutputStream() {

			@Override
			public void write(int b) throws IOException {
				throw new IOException("closed pipe");
			}
		});
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = ScoringCli.run(new String[] { "report", fixture() }, new ByteArrayInputStream(new byte[0]), broken,
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(status).isEqualTo(ScoringCli.IO_ERROR);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot write the report");
	}

	@Test
	void emptyInputGivesNoAgencies() {
		Result result = run("", "report", "-");
		assertThat(result.status()).isEqualTo(ScoringCli.OK);
		assertThat(result.json().get("agencies")).isEmpty();
	}

	@Test
	void writesUtf8WhateverCharsetTheStreamsWereMadeWith() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = ScoringCli.run(new String[] { "report", "--format", "text", fixture() },
				new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.ISO_8859_1),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.ISO_8859_1));
		assertThat(status).isEqualTo(ScoringCli.OK);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่");
	}

	@Nested
	class TextFormat {

		final Result result = run("", "report", "--format", "text", "--agency", "PKT", fixture());

		@Test
		void headerNamesTheAgencyRespondentsTotalAndLevel() {
			assertThat(result.status()).isEqualTo(ScoringCli.OK);
			assertThat(result.out()).contains("หน่วยงาน PKT\n", "จำนวนผู้ตอบ IIT 2 คน, EIT 1 คน\n",
					"คะแนนรวมร้อยละ - ระดับ -\n");
		}

		@Test
		void printsIndicatorHeadingsAndItemRowsLikeTheSeed() {
			assertThat(result.out()).contains("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ คะแนนร้อยละ 52.75\n",
					"ข้อ\tหัวข้อการประเมิน\tน้อยที่สุด/ไม่มีเลย\tน้อย\tมาก\tมากที่สุด\tคะแนน\tผู้ตอบ\n",
					"i1\tบุคลากรในหน่วยงานของท่าน ปฏิบัติงาน/ให้บริการแก่ผู้มาติดต่อ ตามประเด็นดังต่อไปนี้ มากน้อยเพียงใด\n",
					"i1.1\t- โปร่งใสเป็นไปตามขั้นตอนที่กำหนด\t0.00%\t0.00%\t50.00%\t50.00%\t83.50\t2\n",
					"i3.1\t- มุ่งผลสำเร็จของงาน\t-\t-\t-\t-\t-\t0\n",
					"ข้อ\tหัวข้อการประเมิน\tมี\tไม่มี\tคะแนน\tผู้ตอบ\n",
					"i4.1\t- เงิน\t50.00%\t50.00%\t50.00\t2\n");
		}

		@Test
		void printsTheOitChecklistWithPassFailAndNotJudgedYet() {
			// an unjudged item is a to-do: "ยังไม่ตรวจ" and no score, not a failure with 0.00
			assertThat(result.out()).contains("ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน คะแนนร้อยละ 22.22\n",
					"o1\tโครงสร้าง\tผ่าน\t100.00\n", "o2\tข้อมูลผู้บริหาร\tไม่ผ่าน\t0.00\n",
					"o4\tแผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน\tยังไม่ตรวจ\t-\n");
			// PKT's OIT lines judge o1, o2 and o3 only: 40 of the 43 items are left
			assertThat(result.out()).contains("OIT ยังไม่ได้ตรวจ 40 ข้อ\n");
		}

		@Test
		void endsWithTheWeakestFirstAnalysis() {
			assertThat(result.out()).contains("1. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน",
					"2. ประเด็นที่จะต้องพัฒนาให้ดีขึ้น");
			// scored indicators weakest first: 10 (0.00), 9 (4.44), 1 (52.75), 6 (66.50), 2 (83.50)
			assertThat(result.out()).containsSubsequence("- 1.1 การป้องกันการทุจริต คะแนนร้อยละ 0.00",
					"- 1.2 การเปิดเผยข้อมูล คะแนนร้อยละ 4.44", "- 1.3 การปฏิบัติหน้าที่ คะแนนร้อยละ 52.75",
					"- 1.5 การใช้งบประมาณ คะแนนร้อยละ 83.50", "2. ประเด็นที่จะต้องพัฒนาให้ดีขึ้น\n- ไม่มี\n");
		}
	}

	/** Each bad line: its number on stderr, exit 2, and not a byte on stdout. */
	@ParameterizedTest(name = "{1}")
	@MethodSource("badLines")
	void aBadLineNamesItsNumberAndPrintsNothing(String badLine, String message) {
		// line 1 valid, line 2 blank (still counted), line 3 bad, line 4 valid
		String input = line("PKT", "\"i2\":4") + "\n" + badLine + "\n" + line("PKT", "\"i2\":3");
		for (String format : List.of("json", "text")) {
			Result result = run(input, "report", "--format", format, "-");
			assertThat(result.status()).isEqualTo(ScoringCli.BAD_INPUT);
			assertThat(result.out()).isEmpty();
			assertThat(result.err()).startsWith("line 3: ").contains(message).endsWith("\n");
			assertThat(result.err().lines()).hasSize(1);
		}
	}

	static Stream<Arguments> badLines() {
		return Stream.of(
				Arguments.of("{\"form\":\"XIT\",\"agency\":\"PKT\",\"answers\":{}}",
						"unknown form \"XIT\" (expected IIT, EIT or OIT)"),
				Arguments.of(iit("\"i99\":4"), "line 3: unknown item id \"i99\""),
				Arguments.of(iit("\"e1.1\":4"), "unknown item id \"e1.1\" for form IIT (it is an EIT item)"),
				Arguments.of("{\"form\":\"EIT\",\"agency\":\"PKT\",\"answers\":{\"i2\":4}}",
						"unknown item id \"i2\" for form EIT (it is an IIT item)"),
				Arguments.of("{\"form\":\"OIT\",\"agency\":\"PKT\",\"items\":{\"e2\":true}}",
						"unknown item id \"e2\" for form OIT (it is an EIT item)"),
				Arguments.of(iit("\"i1\":4"), "unknown item id \"i1\" (i1 is a question; answer its items i1.1, i1.2)"),
				Arguments.of(iit("\"i2\":5"), "answer 5 for item \"i2\" is out of range (expected 1, 2, 3 or 4)"),
				Arguments.of(iit("\"i2\":0"), "answer 0 for item \"i2\" is out of range"),
				Arguments.of(iit("\"i2\":\"5\""), "answer \"5\" for item \"i2\" is out of range"),
				Arguments.of(iit("\"i2\":\"four\""), "answer \"four\" for item \"i2\" is not valid"),
				Arguments.of(iit("\"i2\":2.5"), "answer 2.5 for item \"i2\" has the wrong type"),
				Arguments.of(iit("\"i2\":true"), "answer true for item \"i2\" has the wrong type"),
				Arguments.of(iit("\"i2\":[4]"), "answer [4] for item \"i2\" has the wrong type"),
				Arguments.of(iit("\"i4.1\":\"maybe\""), "answer \"maybe\" for item \"i4.1\" is not valid (expected \"yes\" or \"no\")"),
				Arguments.of(iit("\"i4.1\":1"), "answer 1 for item \"i4.1\" has the wrong type (expected \"yes\" or \"no\")"),
				Arguments.of("{\"form\":\"OIT\",\"agency\":\"PKT\",\"items\":{\"o1\":\"yes\"}}",
						"judgement \"yes\" for item \"o1\" is not valid (expected true or false)"),
				Arguments.of("{\"form\":\"OIT\",\"agency\":\"PKT\",\"items\":{\"o1\":1}}",
						"judgement 1 for item \"o1\" has the wrong type"),
				Arguments.of("{\"form\":\"IIT\",\"agency\":\"PKT\",\"answers\":{\"i2\":4}", "malformed JSON at column"),
				Arguments.of(iit("\"i2\":4") + " {}", "malformed JSON"),
				Arguments.of("form=IIT agency=PKT", "malformed JSON"),
				Arguments.of(iit("\"i2\":4,\"i2\":1"), "Duplicate field 'i2'"),
				Arguments.of("[\"IIT\",\"PKT\"]", "expected a JSON object {...}, found an array"),
				Arguments.of("{\"agency\":\"PKT\",\"answers\":{\"i2\":4}}", "missing \"form\""),
				Arguments.of("{\"form\":3,\"agency\":\"PKT\",\"answers\":{}}", "\"form\" must be a string"),
				Arguments.of("{\"form\":\"IIT\",\"answers\":{\"i2\":4}}", "missing \"agency\""),
				Arguments.of("{\"form\":\"IIT\",\"agency\":\"\",\"answers\":{}}", "\"agency\" must be a non-empty string"),
				Arguments.of("{\"form\":\"IIT\",\"agency\":12,\"answers\":{}}", "\"agency\" must be a non-empty string, found 12"),
				Arguments.of("{\"form\":\"IIT\",\"agency\":\"PKT\"}", "missing \"answers\" on an IIT line"),
				Arguments.of("{\"form\":\"OIT\",\"agency\":\"PKT\",\"answers\":{\"o1\":true}}", "missing \"items\" on an OIT line"),
				Arguments.of("{\"form\":\"EIT\",\"agency\":\"PKT\",\"answers\":[4,3]}", "\"answers\" must be an object"));
	}

	@Test
	void textThatIsNotUtf8IsABadLine() {
		byte[] valid = line("PKT", "\"i2\":4").getBytes(StandardCharsets.UTF_8);
		// "ภูเก็ต" in TIS-620, the legacy Thai code page, is not UTF-8
		byte[] tis620 = "{\"form\":\"IIT\",\"agency\":\"\u00C0\u00D9\u00E0\u00A1\u00E7\u00B5\",\"answers\":{}}\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		byte[] input = Arrays.copyOf(valid, valid.length + tis620.length);
		System.arraycopy(tis620, 0, input, valid.length, tis620.length);
		Result result = run(input, "report", "-");
		assertThat(result.status()).isEqualTo(ScoringCli.BAD_INPUT);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).contains("not UTF-8");
	}

	@ParameterizedTest
	@MethodSource("badUsage")
	void badUsagePrintsTheUsageAndExits64(List<String> args, String message) {
		Result result = run("", args.toArray(String[]::new));
		assertThat(result.status()).isEqualTo(ScoringCli.USAGE);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).contains(message);
	}

	static Stream<Arguments> badUsage() {
		return Stream.of(Arguments.of(List.of(), "missing command"),
				Arguments.of(List.of("score", "x.jsonl"), "unknown command \"score\""),
				Arguments.of(List.of("report"), "missing FILE"),
				Arguments.of(List.of("report", "a.jsonl", "b.jsonl"), "one FILE only"),
				Arguments.of(List.of("report", "--format", "xml", "-"), "--format must be json or text"),
				Arguments.of(List.of("report", "--colour", "-"), "unknown option --colour"),
				Arguments.of(List.of("report", "-", "--agency"), "--agency needs a value"),
				Arguments.of(List.of("report", "--year", "abc", "-"), "--year must be"),
				Arguments.of(List.of("report", "--year", "2570", "-"), "no ITA scheme for year 2570"));
	}

	@Test
	void helpPrintsTheUsageOnStdout() {
		for (String[] args : List.of(new String[] { "report", "--help" }, new String[] { "help" }, new String[] { "-h" })) {
			Result result = run("", args);
			assertThat(result.status()).isEqualTo(ScoringCli.OK);
			assertThat(result.out()).contains("usage: java -jar ita-scoring.jar report", "--format text");
			assertThat(result.err()).isEmpty();
		}
		// a FILE that happens to be called "help" is a file
		assertThat(run("", "report", "help").status()).isEqualTo(ScoringCli.CANNOT_OPEN);
	}

	@Test
	void aFileThatCannotBeOpenedExits66(@TempDir Path dir) {
		Result result = run("", "report", dir.resolve("nope.jsonl").toString());
		assertThat(result.status()).isEqualTo(ScoringCli.CANNOT_OPEN);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).contains("cannot open").contains("nope.jsonl");
	}

	/**
	 * The seed report (Phuket, ITA 2563) rebuilt as raw responses: respondent r answers item X with
	 * the option whose cumulative count range holds r, and skips X once r reaches n(X). The file's
	 * per-item counts then equal the fixture's, and the CLI must print the seed's figures.
	 */
	@Nested
	class SeedAsResponses {

		@TempDir
		static Path dir;

		static Path file;

		static List<String[]> itemRows;

		@BeforeAll
		static void writeTheSeedAsJsonLines() throws IOException {
			Scheme scheme = Scheme.load(2563);
			itemRows = rows("seed/ita2563-phuket-items.tsv");
			file = dir.resolve("phuket-2563.jsonl");
			try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				for (String tool : List.of("IIT", "EIT")) {
					String prefix = tool.substring(0, 1).toLowerCase(Locale.ROOT);
					Map<Item, long[]> counts = new LinkedHashMap<>();
					itemRows.stream()
						.filter(r -> r[0].startsWith(prefix))
						.forEach(r -> counts.put(scheme.item(r[0]).orElseThrow(),
								Arrays.stream(r[3].split(",")).mapToLong(Long::parseLong).toArray()));
					long respondents = counts.values().stream().mapToLong(c -> Arrays.stream(c).sum()).max().orElseThrow();
					for (long r = 0; r < respondents; r++) {
						ObjectNode line = JSON.createObjectNode().put("form", tool).put("agency", "PKT");
						ObjectNode answers = line.putObject("answers");
						for (Map.Entry<Item, long[]> e : counts.entrySet()) {
							int option = optionHolding(e.getValue(), r);
							if (option < 0) {
								continue; // r >= n(X): this respondent skipped X
							}
							String value = e.getKey().scale().options().get(option).value();
							// 4-level answers alternate number and string: both are accepted
							if (value.matches("\\d+") && r % 2 == 0) {
								answers.put(e.getKey().id(), Integer.parseInt(value));
							}
							else {
								answers.put(e.getKey().id(), value);
							}
						}
						w.write(JSON.writeValueAsString(line));
						w.write('\n');
					}
				}
				ObjectNode oit = JSON.createObjectNode().put("form", "OIT").put("agency", "PKT");
				ObjectNode items = oit.putObject("items");
				for (String[] row : rows("seed/ita2563-phuket-oit.tsv")) {
					items.put(row[0], new BigDecimal(row[1]).compareTo(BigDecimal.valueOf(100)) == 0);
				}
				w.write(JSON.writeValueAsString(oit));
				w.write('\n');
			}
		}

		/** The option whose cumulative range [c0+..+c(k-1), c0+..+ck) holds respondent r, or -1. */
		static int optionHolding(long[] counts, long r) {
			long upTo = 0;
			for (int k = 0; k < counts.length; k++) {
				upTo += counts[k];
				if (r < upTo) {
					return k;
				}
			}
			return -1;
		}

		@Test
		void reproducesTheSeedTotals() {
			Result result = run("", "report", file.toString());
			assertThat(result.status()).isEqualTo(ScoringCli.OK);
			JsonNode pkt = result.agency("PKT");
			assertThat(pkt.get("total").decimalValue()).isEqualByComparingTo("74.62");
			assertThat(pkt.get("level").asText()).isEqualTo("C");
			assertThat(pkt.get("iit").decimalValue()).isEqualByComparingTo("83.77");
			assertThat(pkt.get("eit").decimalValue()).isEqualByComparingTo("73.64");
			assertThat(pkt.get("oit").decimalValue()).isEqualByComparingTo("68.5");
			assertThat(pkt.get("items").get("i1.1").get("score").decimalValue()).isEqualByComparingTo("75.39");
		}

		@Test
		void reproducesEveryPrintedItemScoreAndIndicator() throws IOException {
			JsonNode pkt = run("", "report", file.toString()).agency("PKT");
			for (String[] row : itemRows) {
				assertThat(pkt.get("items").get(row[0]).get("score").decimalValue()).as(row[0]).isEqualByComparingTo(row[2]);
			}
			for (String[] row : rows("seed/ita2563-phuket-summary.tsv")) {
				if (row[0].startsWith("indicator.")) {
					assertThat(pkt.get("indicators").get(row[0].substring("indicator.".length())).decimalValue()).as(row[0])
						.isEqualByComparingTo(row[1]);
				}
			}
		}

		@Test
		void textFormatPrintsTheSeedTablesAndAnalysis() {
			Result result = run("", "report", "--format", "text", file.toString());
			assertThat(result.status()).isEqualTo(ScoringCli.OK);
			assertThat(result.out()).contains("คะแนนรวมร้อยละ 74.62 ระดับ C\n",
					"IIT คะแนนเฉลี่ย 83.77\t30\tการปฏิบัติหน้าที่\t89.28\n",
					"แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) คะแนนเฉลี่ยร้อยละ 83.77",
					"ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ คะแนนร้อยละ 89.28\n",
					// the seed prints: - โปร่งใสเป็นไปตามขั้นตอนที่กำหนด ๑๑.๒๒% ๐.๕๑% ๓๙.๕๔% ๔๘.๗๒% ๗๕.๓๙
					"i1.1\t- โปร่งใสเป็นไปตามขั้นตอนที่กำหนด\t11.22%\t0.51%\t39.54%\t48.72%\t75.39\t392\n",
					"ตัวชี้วัดที่ 10 การป้องกันการทุจริต คะแนนร้อยละ 50.00\n",
					"o42\tมาตรการเผยแพร่ข้อมูลต่อสาธารณะ\tไม่ผ่าน\t0.00\n");
			// the seed's analysis: urgent 10, 8, 7, 6, 4, 2, 5; to improve 3, 9, 1
			assertThat(result.out()).containsSubsequence("ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน",
					"- 1.1 การป้องกันการทุจริต คะแนนร้อยละ 50.00", "ควรแก้ไขก่อน: o42",
					"- 1.2 การปรับปรุงการทำงาน คะแนนร้อยละ 71.87", "- 1.7 การแก้ไขปัญหาการทุจริต คะแนนร้อยละ 82.19",
					"ประเด็นที่จะต้องพัฒนาให้ดีขึ้น", "- 2.1 การใช้อำนาจ คะแนนร้อยละ 85.74",
					"- 2.3 การปฏิบัติหน้าที่ คะแนนร้อยละ 89.28");
		}
	}

	// --- helpers ---

	record Result(int status, String out, String err) {

		JsonNode json() {
			try {
				return JSON.readTree(out);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		JsonNode agency(String code) {
			for (JsonNode a : json().get("agencies")) {
				if (a.get("agency").asText().equals(code)) {
					return a;
				}
			}
			throw new AssertionError("no agency " + code + " in " + out);
		}
	}

	static Result run(String stdin, String... args) {
		return run(stdin.getBytes(StandardCharsets.UTF_8), args);
	}

	static Result run(byte[] stdin, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = ScoringCli.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	static String line(String agency, String answers) {
		return "{\"form\":\"IIT\",\"agency\":\"" + agency + "\",\"answers\":{" + answers + "}}\n";
	}

	static String iit(String answers) {
		return line("PKT", answers).strip();
	}

	static List<String> numbers(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(n -> values.add(n.asText()));
		return values;
	}

	static Path resource(String name) throws URISyntaxException {
		return Path.of(ScoringCliTests.class.getClassLoader().getResource(name).toURI());
	}

	static List<String[]> rows(String resource) throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader r = new BufferedReader(new InputStreamReader(
				ScoringCliTests.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
			String line;
			while ((line = r.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(line.split("\t", -1));
				}
			}
		}
		return rows;
	}
}
