package th.ita.scoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The validator on broken copies of the test instrument, one fault each: the fault is reported as an
 * error at its file and JSON path, with a Thai and an English message, and the instrument does not
 * load. The CLI's exit status on the same faults is in {@code cli.CheckCommandTests}.
 */
class InstrumentValidatorTests {

	static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path temp;

	/** A fault: the file to edit, how, and where the problem must be reported. */
	record Fault(String name, String file, Consumer<ObjectNode> edit, String reportedFile, String reportedPath,
			String english) {

		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<Arguments> faults() {
		return Stream.of(
				fault("unknown scale", "EIT.json", r -> question(r, 0, 0).put("scale", "LEVEL7"), "EIT.json",
						"$.indicators[0].questions[0].scale", "unknown scale \"LEVEL7\""),
				fault("weights not summing to 1", "scheme.json", r -> tool(r, 0).put("weight", 0.3), "scheme.json", "$.tools",
						"tool weights sum to 1.05"),
				fault("duplicate item id across forms", "EIT.json", r -> question(r, 0, 1).put("id", "t1"), "EIT.json",
						"$.indicators[0].questions[1].id", "duplicate question id \"t1\""),
				fault("duplicate indicator id", "OIT.json", r -> ((ObjectNode) r.get("indicators").get(1)).put("id", "IIT-A"),
						"OIT.json", "$.indicators[1].id", "duplicate indicator id \"IIT-A\""),
				fault("question in no indicator", "IIT.json",
						r -> ((ArrayNode) r.get("indicators").get(1).get("questions")).remove(5), "IIT.json",
						"$.questions[11]", "question t12 is in no indicator"),
				fault("question in two indicators", "IIT.json",
						r -> ((ArrayNode) r.get("indicators").get(1).get("questions")).set(0, "t1"), "IIT.json",
						"$.indicators[1].questions[0]", "question t1 is in more than one indicator"),
				fault("reference to an unknown question", "IIT.json",
						r -> ((ArrayNode) r.get("indicators").get(0).get("questions")).add("t99"), "IIT.json",
						"$.indicators[0].questions[6]", "no question \"t99\""),
				fault("option count mismatch", "EIT.json", r -> ((ArrayNode) question(r, 1, 1).get("labels")).remove(5),
						"EIT.json", "$.indicators[1].questions[1].labels", "5 labels for scale LEVEL6, which has 6 options"),
				fault("scale with one option", "scheme.json", r -> ((ArrayNode) r.get("scales").get("YESNO")).remove(1),
						"scheme.json", "$.scales.YESNO", "at least 2 options"),
				fault("option score above 100", "scheme.json",
						r -> ((ObjectNode) r.get("scales").get("LEVEL6").get(5)).put("score", 120), "scheme.json",
						"$.scales.LEVEL6[5].score", "between 0 and 100"),
				fault("duplicate option value", "scheme.json",
						r -> ((ObjectNode) r.get("scales").get("LEVEL6").get(1)).put("value", "1"), "scheme.json",
						"$.scales.LEVEL6[1].value", "duplicate option value \"1\""),
				fault("a tool missing", "scheme.json", r -> {
					((ArrayNode) r.get("tools")).remove(2);
					tool(r, 1).put("weight", 0.75);
				}, "scheme.json", "$.tools", "no OIT tool"),
				fault("unknown tool", "scheme.json", r -> tool(r, 1).put("tool", "XIT"), "scheme.json", "$.tools[1].tool",
						"unknown tool \"XIT\""),
				fault("missing form file", "scheme.json", r -> tool(r, 2).put("form", "OIT-2570.json"), "scheme.json",
						"$.tools[2].form", "no file OIT-2570.json"),
				fault("form of another tool", "scheme.json", r -> tool(r, 2).put("form", "EIT.json"), "EIT.json", "$.tool",
						"this file is a EIT form but scheme.json uses it as OIT"),
				fault("letter levels with a repeated threshold", "scheme.json", r -> {
					r.remove("rating");
					ArrayNode levels = r.putArray("levels");
					levels.addObject().put("level", "A").put("min", 85);
					levels.addObject().put("level", "B").put("min", 85);
					levels.addObject().put("level", "F").put("min", 0);
				}, "scheme.json", "$.levels[1].min", "threshold 85 is used by another level"),
				fault("letter levels with no band at 0", "scheme.json", r -> {
					r.remove("rating");
					r.putArray("levels").addObject().put("level", "A").put("min", 50);
				}, "scheme.json", "$.levels", "one level must have min 0"),
				fault("tiers out of order", "scheme.json", r -> {
					ArrayNode tiers = r.putObject("rating").putArray("tiers");
					tiers.addObject().put("name", "ผ่าน").put("minTotal", 70);
					tiers.addObject().put("name", "ดี").put("minTotal", 85);
					tiers.addObject().put("name", "ต้องปรับปรุง");
				}, "scheme.json", "$.rating.tiers[1].minTotal", "tier thresholds must go from high to low"),
				fault("last tier with a condition", "scheme.json", r -> {
					ArrayNode tiers = r.putObject("rating").putArray("tiers");
					tiers.addObject().put("name", "ผ่าน").put("minTotal", 85);
					tiers.addObject().put("name", "ไม่ผ่าน").put("minTotal", 1);
				}, "scheme.json", "$.rating.tiers[1]", "the last tier must have no conditions"),
				fault("tier on an unknown tool", "scheme.json", r -> {
					ArrayNode tiers = r.putObject("rating").putArray("tiers");
					tiers.addObject().put("name", "ผ่าน").putObject("minEachTool").put("XIT", 85);
					tiers.addObject().put("name", "ไม่ผ่าน");
				}, "scheme.json", "$.rating.tiers[0].minEachTool.XIT", "unknown tool \"XIT\""),
				fault("unknown shipped rating", "scheme.json", r -> r.putObject("rating").put("use", "tiers-2599"),
						"scheme.json", "$.rating.use", "no rating definition \"tiers-2599\""),
				fault("no rating at all", "scheme.json", r -> r.remove("rating"), "scheme.json", "$.rating",
						"the rating rule \"rating\" (or \"levels\") is missing"),
				fault("pass mark out of range", "scheme.json", r -> r.put("passMark", 185), "scheme.json", "$.passMark",
						"between 0 and 100"),
				fault("question without text", "OIT.json", r -> ((ObjectNode) r.get("indicators").get(1).get("questions").get(0))
					.remove("text"), "OIT.json", "$.indicators[1].questions[0].text", "\"text\" is missing"),
				fault("reverse that is not a boolean", "IIT.json",
						r -> ((ObjectNode) r.get("questions").get(3)).put("reverse", "yes"), "IIT.json",
						"$.questions[3].reverse", "must be true or false"),
				fault("sample percent of 0", "scheme.json",
						r -> ((ObjectNode) tool(r, 0).get("sample")).put("percent", 0), "scheme.json",
						"$.tools[0].sample.percent", "between 1 and 100"));
	}

	static Arguments fault(String name, String file, Consumer<ObjectNode> edit, String reportedFile, String path,
			String english) {
		return Arguments.of(new Fault(name, file, edit, reportedFile, path, english));
	}

	static ObjectNode question(JsonNode form, int indicator, int question) {
		return (ObjectNode) form.get("indicators").get(indicator).get("questions").get(question);
	}

	static ObjectNode tool(JsonNode scheme, int index) {
		return (ObjectNode) scheme.get("tools").get(index);
	}

	/** A copy of the test instrument with one fault applied. */
	static Path broken(Path temp, Fault fault) throws IOException {
		Path dir = TestInstruments.copy2570(temp.resolve("broken"));
		Path file = dir.resolve(fault.file());
		ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
		fault.edit().accept(root);
		JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
		return dir;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("faults")
	void eachFaultIsReportedAtItsLocation(Fault fault) throws IOException {
		Path dir = broken(temp, fault);
		List<InstrumentProblem> errors = InstrumentValidator.errors(InstrumentValidator.check(dir));
		assertThat(errors).as("errors of %s", fault.name()).anySatisfy(p -> {
			assertThat(p.file()).isEqualTo(fault.reportedFile());
			assertThat(p.path()).isEqualTo(fault.reportedPath());
			assertThat(p.english()).contains(fault.english());
			assertThat(p.thai()).isNotBlank().matches(".*[\\u0E00-\\u0E7F].*");
		});
		assertThatThrownBy(() -> Scheme.load(dir)).isInstanceOf(InstrumentException.class)
			.satisfies(ex -> assertThat(((InstrumentException) ex).problems()).isEqualTo(errors));
	}

	@Test
	void theShippedAndTheTestInstrumentsAreClean() {
		assertThat(Instruments.shipped().all().keySet()).contains(2563)
			.allSatisfy(year -> assertThat(InstrumentValidator.checkShipped(year)).as("shipped %d", year).isEmpty());
		assertThat(InstrumentValidator.check(TestInstruments.dir2570())).isEmpty();
	}

	@Test
	void everyProblemIsReportedNotJustTheFirst() throws IOException {
		Path dir = TestInstruments.copy2570(temp.resolve("two"));
		Path eit = dir.resolve("EIT.json");
		String text = Files.readString(eit).replace("\"scale\": \"YESNO\"", "\"scale\": \"YN\"")
			.replace("\"id\": \"u6\"", "\"id\": \"u5\"");
		Files.writeString(eit, text);
		List<InstrumentProblem> errors = InstrumentValidator.errors(InstrumentValidator.check(dir));
		assertThat(errors).extracting(InstrumentProblem::path)
			.contains("$.indicators[1].questions[0].scale", "$.indicators[2].questions[1].id");
	}

	@Test
	void malformedJsonIsReportedWithItsLine() throws IOException {
		Path dir = TestInstruments.copy2570(temp.resolve("json"));
		Files.writeString(dir.resolve("OIT.json"), "{\n  \"tool\": \"OIT\",\n  \"title\": \"x\"\n  \"indicators\": []\n}\n",
				StandardCharsets.UTF_8);
		List<InstrumentProblem> errors = InstrumentValidator.errors(InstrumentValidator.check(dir));
		assertThat(errors).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("OIT.json");
			assertThat(p.path()).startsWith("line 4");
			assertThat(p.english()).startsWith("malformed JSON");
		});
	}

	@Test
	void aByteOrderMarkIsFineAndALegacyThaiEncodingIsReported() throws IOException {
		Path dir = TestInstruments.copy2570(temp.resolve("encodings"));
		Path iit = dir.resolve("IIT.json");
		byte[] bytes = Files.readAllBytes(iit);
		byte[] withBom = new byte[bytes.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(bytes, 0, withBom, 3, bytes.length);
		Files.write(iit, withBom);
		Path eit = dir.resolve("EIT.json");
		Files.write(eit, Files.readString(eit).getBytes(java.nio.charset.Charset.forName("TIS-620")));
		assertThat(InstrumentValidator.errors(InstrumentValidator.check(dir))).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("EIT.json");
			assertThat(p.english()).contains("save the file as UTF-8");
			assertThat(p.thai()).contains("บันทึกไฟล์เป็น UTF-8");
		});
	}

	@Test
	void aTypoInAFieldNameIsAWarningThatDoesNotStopTheInstrument() throws IOException {
		Path dir = TestInstruments.copy2570(temp.resolve("typo"));
		Path iit = dir.resolve("IIT.json");
		Files.writeString(iit, Files.readString(iit).replace("\"reverse\": true", "\"reverce\": true"));
		List<InstrumentProblem> problems = InstrumentValidator.check(dir);
		assertThat(problems).isNotEmpty().allSatisfy(p -> {
			assertThat(p.isError()).isFalse();
			assertThat(p.english()).contains("unknown field \"reverce\"");
		});
		assertThat(problems).extracting(InstrumentProblem::path).contains("$.questions[3].reverce");
		// it loads; t4 is then not reverse scored, which is why the warning matters
		assertThat(Scheme.load(dir).item("t4").orElseThrow().reverse()).isFalse();
	}

	@Test
	void aFormNamedOutsideTheDirectoryIsNotRead() throws IOException {
		Path dir = TestInstruments.copy2570(temp.resolve("escape"));
		Files.writeString(temp.resolve("outside.json"), Files.readString(dir.resolve("OIT.json")));
		Path scheme = dir.resolve("scheme.json");
		Files.writeString(scheme, Files.readString(scheme).replace("\"OIT.json\"", "\"../outside.json\""));
		assertThat(InstrumentValidator.errors(InstrumentValidator.check(dir))).extracting(InstrumentProblem::path)
			.containsExactly("$.tools[2].form");
	}

	@Test
	void aMissingDirectoryIsOneError() {
		assertThat(InstrumentValidator.check(temp.resolve("nothing-here"))).singleElement()
			.satisfies(p -> assertThat(p.english()).isEqualTo("no such instrument directory"));
	}
}
