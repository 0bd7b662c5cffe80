package th.ita.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a scheme directory ({@code scheme.json} and the form files it names) from the classpath. */
final class SchemeLoader {

	private static final ObjectMapper JSON = new ObjectMapper();

	private SchemeLoader() {
	}

	static Scheme fromClasspath(int year) {
		String dir = "ita/" + year + "/";
		JsonNode root = read(dir + "scheme.json");
		Map<String, Scale> scales = new LinkedHashMap<>();
		root.get("scales").fields().forEachRemaining(e -> {
			List<Scale.Option> options = new ArrayList<>();
			e.getValue().forEach(o -> options.add(new Scale.Option(o.get("value").asText(), o.get("label").asText(),
					o.get("score").decimalValue())));
			scales.put(e.getKey(), new Scale(e.getKey(), options));
		});
		Map<Tool, BigDecimal> weights = new EnumMap<>(Tool.class);
		Map<Tool, Form> forms = new EnumMap<>(Tool.class);
		for (JsonNode t : root.get("tools")) {
			Tool tool = Tool.parse(t.get("tool").asText());
			weights.put(tool, t.get("weight").decimalValue());
			forms.put(tool, form(read(dir + t.get("form").asText()), scales));
		}
		List<Scheme.LevelBand> levels = new ArrayList<>();
		root.get("levels").forEach(l -> levels.add(new Scheme.LevelBand(l.get("level").asText(), l.get("min").decimalValue())));
		levels.sort((a, b) -> b.min().compareTo(a.min()));
		return new Scheme(root.get("year").asInt(), root.get("name").asText(), root.path("decimals").asInt(2),
				root.get("passMark").decimalValue(), scales, weights, levels, forms);
	}

	private static Form form(JsonNode root, Map<String, Scale> scales) {
		Tool tool = Tool.parse(root.get("tool").asText());
		List<Indicator> indicators = new ArrayList<>();
		for (JsonNode ind : root.get("indicators")) {
			List<Indicator.SubIndicator> subs = new ArrayList<>();
			for (JsonNode sub : ind.path("subindicators")) {
				subs.add(new Indicator.SubIndicator(sub.get("id").asText(), sub.get("name").asText(),
						questions(sub.get("questions"), scales)));
			}
			indicators.add(new Indicator(ind.get("id").asText(), ind.get("name").asText(),
					questions(ind.path("questions"), scales), subs));
		}
		return new Form(tool, root.get("title").asText(), indicators);
	}

	private static List<Question> questions(JsonNode array, Map<String, Scale> scales) {
		List<Question> questions = new ArrayList<>();
		for (JsonNode q : array) {
			String id = q.get("id").asText();
			Scale scale = scales.get(q.get("scale").asText());
			if (scale == null) {
				throw new IllegalArgumentException(id + ": unknown scale " + q.get("scale"));
			}
			boolean reverse = q.path("reverse").asBoolean(false);
			List<Item> items = new ArrayList<>();
			if (q.has("items")) {
				for (JsonNode it : q.get("items")) {
					items.add(new Item(it.get("id").asText(), id, it.path("text").asText(""), scale,
							it.path("reverse").asBoolean(reverse)));
				}
			}
			else {
				items.add(new Item(id, id, "", scale, reverse));
			}
			questions.add(new Question(id, q.path("text").asText(""), q.path("detail").asText(""),
					q.path("group").asText(""), items));
		}
		return questions;
	}

	private static JsonNode read(String resource) {
		try (InputStream in = SchemeLoader.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("no ITA scheme data at classpath:" + resource);
			}
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
	}
}
