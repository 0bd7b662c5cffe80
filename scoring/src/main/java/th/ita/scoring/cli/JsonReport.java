package th.ita.scoring.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import th.ita.scoring.Form;
import th.ita.scoring.Indicator;
import th.ita.scoring.Interval;
import th.ita.scoring.Item;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;

/**
 * The {@code --format json} report: one object, {@code {"agencies":[...]}}. Figures are the
 * ScoreCard's BigDecimals written as they are (2 decimals, as the ITA report prints them), null
 * where nothing was answered; items, questions and indicators in form order.
 */
final class JsonReport {

	private static final JsonFactory FACTORY = JsonFactory.builder()
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
		.build();

	private JsonReport() {
	}

	static void write(List<AgencyReport> reports, OutputStream out) throws IOException {
		try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
			g.useDefaultPrettyPrinter();
			g.writeStartObject();
			g.writeArrayFieldStart("agencies");
			for (AgencyReport report : reports) {
				agency(g, report.agency(), report.card());
			}
			g.writeEndArray();
			g.writeEndObject();
		}
		out.write('\n');
	}

	private static void agency(JsonGenerator g, String agency, ScoreCard card) throws IOException {
		List<Form> forms = Arrays.stream(Tool.values()).map(card.scheme().forms()::get).filter(Objects::nonNull).toList();
		g.writeStartObject();
		g.writeStringField("agency", agency);
		g.writeObjectFieldStart("n");
		g.writeNumberField("IIT", card.tool(Tool.IIT).n());
		g.writeNumberField("EIT", card.tool(Tool.EIT).n());
		g.writeEndObject();

		g.writeObjectFieldStart("items");
		for (Form form : forms) {
			for (Item item : form.items()) {
				item(g, card.item(item.id()));
			}
		}
		g.writeEndObject();

		g.writeObjectFieldStart("questions");
		for (Form form : forms) {
			for (String id : form.questionsById().keySet()) {
				number(g, id, card.questions().get(id));
			}
		}
		g.writeEndObject();

		g.writeObjectFieldStart("indicators");
		for (Form form : forms) {
			for (Indicator indicator : form.indicators()) {
				ScoreCard.IndicatorScore s = card.indicator(indicator.id());
				number(g, indicator.id(), s == null ? null : s.score());
			}
		}
		g.writeEndObject();

		g.writeObjectFieldStart("subindicators");
		for (Form form : forms) {
			for (Indicator indicator : form.indicators()) {
				for (Indicator.SubIndicator sub : indicator.subindicators()) {
					number(g, sub.id(), card.subindicators().get(sub.id()));
				}
			}
		}
		g.writeEndObject();

		for (Tool tool : Tool.values()) {
			ScoreCard.ToolScore s = card.tool(tool);
			number(g, tool.name().toLowerCase(Locale.ROOT), s == null ? null : s.score());
		}
		number(g, "total", card.total());
		g.writeStringField("level", card.level());
		g.writeBooleanField("complete", !card.incomplete());
		ScoreCard.Pending p = card.pending();
		if (p == null) {
			g.writeNullField("pending");
		}
		else {
			g.writeObjectFieldStart("pending");
			g.writeNumberField("itemsLeft", p.itemsLeft());
			g.writeArrayFieldStart("items");
			for (String id : p.unjudgedItems()) {
				g.writeString(id);
			}
			g.writeEndArray();
			range(g, "oit", p.lowestOit(), p.highestOit());
			range(g, "total", p.lowestTotal(), p.highestTotal());
			g.writeArrayFieldStart("level");
			g.writeString(p.lowestLevel());
			g.writeString(p.highestLevel());
			g.writeEndArray();
			g.writeEndObject();
		}
		g.writeEndObject();
	}

	private static void range(JsonGenerator g, String field, BigDecimal low, BigDecimal high) throws IOException {
		g.writeArrayFieldStart(field);
		number(g, low);
		number(g, high);
		g.writeEndArray();
	}

	private static void item(JsonGenerator g, ScoreCard.ItemScore s) throws IOException {
		g.writeObjectFieldStart(s.id());
		g.writeNumberField("n", s.n());
		g.writeArrayFieldStart("counts");
		for (long c : s.counts()) {
			g.writeNumber(c);
		}
		g.writeEndArray();
		g.writeArrayFieldStart("percent");
		for (BigDecimal p : s.percents()) {
			number(g, p);
		}
		g.writeEndArray();
		number(g, "score", s.score());
		Interval ci = s.interval();
		if (ci == null) {
			g.writeNullField("ci95");
		}
		else {
			g.writeArrayFieldStart("ci95");
			g.writeNumber(ci.low());
			g.writeNumber(ci.high());
			g.writeEndArray();
		}
		g.writeEndObject();
	}

	private static void number(JsonGenerator g, String field, BigDecimal value) throws IOException {
		g.writeFieldName(field);
		number(g, value);
	}

	private static void number(JsonGenerator g, BigDecimal value) throws IOException {
		if (value == null) {
			g.writeNull();
		}
		else {
			g.writeNumber(value);
		}
	}
}
