package th.ita.survey.plan;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;
import th.ita.survey.scores.LiveScores;

/**
 * The year before's figures to compare with: the bot's own data for that year when it has any
 * (each perception form only from {@code minRespondents} respondents, OIT only once judged),
 * else what an admin imported from that year's report.
 */
public class LastYear {

	private final MongoTemplate mongo;

	private final LiveScores live;

	private final int minRespondents;

	public LastYear(MongoTemplate mongo, LiveScores live, int minRespondents) {
		this.mongo = mongo;
		this.live = live;
		this.minRespondents = minRespondents;
	}

	public Optional<PreviousScores> before(String agency, int fiscalYear) {
		int year = fiscalYear - 1;
		Optional<PreviousScores> own = fromLive(agency, year);
		if (own.isPresent()) {
			return own;
		}
		return Optional.ofNullable(mongo.findById(PreviousScores.id(agency, year), PreviousScores.class));
	}

	public PreviousScores save(PreviousScores imported) {
		return mongo.save(imported);
	}

	private Optional<PreviousScores> fromLive(String agency, int year) {
		ScoreCard card = live.score(agency, year);
		int judged = live.judgements(agency, year).size();
		boolean oitJudged = judged > 0;
		// a total with unjudged OIT items counted 0 is only a lower bound: not compared
		boolean oitComplete = judged >= card.scheme().form(Tool.OIT).items().size();
		Map<String, BigDecimal> indicators = new LinkedHashMap<>();
		boolean all = true;
		for (ScoreCard.IndicatorScore s : card.indicators().values()) {
			boolean shown = s.tool() == Tool.OIT ? oitJudged : s.n() >= minRespondents;
			if (shown && s.score() != null) {
				indicators.put(s.id(), s.score());
			}
		}
		for (Tool tool : Tool.values()) {
			all &= tool == Tool.OIT ? oitComplete : card.tool(tool) != null && card.tool(tool).n() >= minRespondents;
		}
		if (indicators.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new PreviousScores(PreviousScores.id(agency, year), agency, year, indicators,
				all ? card.total() : null, all ? card.level() : null, PreviousScores.Source.LIVE));
	}
}
