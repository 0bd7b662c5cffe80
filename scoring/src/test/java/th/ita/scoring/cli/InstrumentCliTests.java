package th.ita.scoring.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.scoring.TestInstruments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check DIR} and {@code report --instrument DIR} on the test instrument 2570. The figures are
 * the hand computation of {@code SecondInstrumentTests} (same answers as
 * {@code instruments/responses-2570.jsonl}), repeated here in short.
 */
class InstrumentCliTests {

	static final ObjectMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
		.build();

	@TempDir
	Path temp;

	record Result(int status, String out, String err) {
	}

	static Result run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = ScoringCli.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out), new PrintStream(err));
		return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	static String responses() throws URISyntaxException {
		return Path.of(InstrumentCliTests.class.getClassLoader().getResource("instruments/responses-2570.jsonl").toURI())
			.toString();
	}

	@Test
	void reportOnTheSecondInstrumentGivesTheHandComputedFigures() throws Exception {
		Result r = run("report", "--instrument", TestInstruments.dir2570().toString(), responses());
		assertThat(r.err()).isEmpty();
		assertThat(r.status()).isEqualTo(ScoringCli.OK);
		JsonNode tst = JSON.readTree(r.out()).get("agencies").get(0);
		assertThat(tst.get("agency").asText()).isEqualTo("TST");
		// t4 reverse on 6 options: 1, 2 → (100 + 80) / 2; u1: 6, 5, 5 → (100 + 80 + 80) / 3 = 86.666…
		assertThat(tst.get("items").get("t4").get("score").decimalValue()).isEqualByComparingTo("90.00");
		assertThat(tst.get("items").get("u1").get("score").decimalValue()).isEqualByComparingTo("86.67");
		assertThat(tst.get("items").get("u1").get("counts")).hasSize(6);
		// IIT (83.33 + 81.67) / 2; EIT (86.67 + 76.67 + 93.33) / 3; OIT (91.67 + 87.50) / 2 = 89.585
		assertThat(tst.get("iit").decimalValue()).isEqualByComparingTo("82.50");
		assertThat(tst.get("eit").decimalValue()).isEqualByComparingTo("85.56");
		assertThat(tst.get("oit").decimalValue()).isEqualByComparingTo("89.59");
		assertThat(tst.get("subindicators").get("OIT-1.1").decimalValue()).isEqualByComparingTo("83.33");
		// 0.25·82.50 + 0.35·85.56 + 0.40·89.59 = 86.407; IIT under 85 → ผ่าน, not ผ่านดี
		assertThat(tst.get("total").decimalValue()).isEqualByComparingTo("86.41");
		assertThat(tst.get("level").asText()).isEqualTo("ผ่าน");
		assertThat(tst.get("complete").asBoolean()).isTrue();
		assertThat(tst.get("pending").isNull()).isTrue();
	}

	@Test
	void reportWithOitLeftShowsTheRange() throws Exception {
		// drop the line judging p13..p20: 8 items left; the range is SecondInstrumentTests' 68.91 … 88.91
		Path file = temp.resolve("partial.jsonl");
		Files.write(file, Files.readAllLines(Path.of(responses())).stream().filter(l -> !l.contains("\"p13\"")).toList());
		Result r = run("report", "--instrument", TestInstruments.dir2570().toString(), file.toString());
		JsonNode tst = JSON.readTree(r.out()).get("agencies").get(0);
		assertThat(tst.get("complete").asBoolean()).isFalse();
		JsonNode pending = tst.get("pending");
		assertThat(pending.get("itemsLeft").asInt()).isEqualTo(8);
		assertThat(pending.get("total").get(0).decimalValue()).isEqualByComparingTo("68.91");
		assertThat(pending.get("total").get(1).decimalValue()).isEqualByComparingTo("88.91");
		assertThat(pending.get("level").get(0).asText()).isEqualTo("ต้องปรับปรุงโดยด่วน");
		assertThat(pending.get("level").get(1).asText()).isEqualTo("ผ่าน");

		Result text = run("report", "--format", "text", "--instrument", TestInstruments.dir2570().toString(),
				file.toString());
		assertThat(text.out()).contains(
				"ผลยังไม่ครบ: OIT ยังไม่ได้ตรวจ 8 ข้อ คะแนนรวมร้อยละ 68.91 ถึง 88.91 ระดับ ต้องปรับปรุงโดยด่วน ถึง ผ่าน\n",
				"p13\tมาตรการ 13\tยังไม่ตรวจ\t-\n",
				"OIT ที่ยังไม่ได้ตรวจ (ต้องตรวจก่อนจึงจะรู้ผล): p13, p14, p15, p16, p17, p18, p19, p20\n",
				"    ประเด็นที่ต้องแก้ไข/ปรับปรุง: หน่วยงานต้องกำกับดูแลทรัพย์สินและเปิดช่องทางร้องเรียน (ทดสอบ)\n");
	}

	@Test
	void checkOnAValidInstrumentExitsZero() {
		Result r = run("check", TestInstruments.dir2570().toString());
		assertThat(r.status()).isEqualTo(ScoringCli.OK);
		assertThat(r.out()).contains("OK: ").contains("is a valid instrument");
	}

	@Test
	void checkOnABrokenInstrumentListsEachProblemAndExitsNonZero() throws IOException {
		Path dir = TestInstruments.copy2570(temp.resolve("broken"));
		Path scheme = dir.resolve("scheme.json");
		Files.writeString(scheme, Files.readString(scheme).replace("\"weight\": 0.25", "\"weight\": 0.3"));
		Path eit = dir.resolve("EIT.json");
		Files.writeString(eit, Files.readString(eit).replace("\"scale\": \"YESNO\"", "\"scale\": \"YN\""));
		Result r = run("check", dir.toString());
		assertThat(r.status()).isEqualTo(ScoringCli.INVALID_INSTRUMENT).isNotZero();
		assertThat(r.out()).contains(
				"ข้อผิดพลาด/ERROR\tscheme.json\t$.tools\tน้ำหนักของเครื่องมือรวมกันได้ 1.05 ต้องรวมได้ 1 / tool weights sum to 1.05",
				"ข้อผิดพลาด/ERROR\tEIT.json\t$.indicators[1].questions[0].scale\tไม่รู้จักมาตรวัด \"YN\"",
				"INVALID: 2 error(s), 0 warning(s)");
	}

	@Test
	void reportOnABrokenInstrumentRefusesWithTheProblems() throws Exception {
		Path dir = TestInstruments.copy2570(temp.resolve("broken"));
		Path scheme = dir.resolve("scheme.json");
		Files.writeString(scheme, Files.readString(scheme).replace("\"use\": \"tiers-2567\"", "\"use\": \"nope\""));
		Result r = run("report", "--instrument", dir.toString(), responses());
		assertThat(r.status()).isEqualTo(ScoringCli.USAGE);
		assertThat(r.out()).isEmpty();
		assertThat(r.err()).contains("$.rating.use", "no rating definition \"nope\"");
	}

	@Test
	void checkNeedsOneDirectory() {
		assertThat(run("check").status()).isEqualTo(ScoringCli.USAGE);
		assertThat(run("check", "a", "b").status()).isEqualTo(ScoringCli.USAGE);
		Result missing = run("check", temp.resolve("none").toString());
		assertThat(missing.status()).isEqualTo(ScoringCli.INVALID_INSTRUMENT);
		assertThat(missing.out()).contains("no such instrument directory");
	}
}
