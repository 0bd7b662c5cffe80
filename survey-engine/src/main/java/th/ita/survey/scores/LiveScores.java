package th.ita.survey.scores;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import th.ita.scoring.Instruments;
import th.ita.scoring.Item;
import th.ita.scoring.ScoreCalculator;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tally;
import th.ita.scoring.Tool;
import th.ita.survey.conversation.FiscalYear;
import th.ita.survey.response.TallyStore;

/**
 * An agency's current ITA figures: IIT/EIT from the published snapshot of the counters (one
 * document read per form, whatever the number of respondents), OIT from staff's checklist judgements, through the same
 * {@link ScoreCalculator} as the command-line scorer.
 */
public class LiveScores {

	private final Instruments instruments;

	private final TallyStore tallies;

	private final MongoTemplate mongo;

	private final Clock clock;

	/** One instrument for every year (tests). */
	public LiveScores(Scheme scheme, TallyStore tallies, MongoTemplate mongo, Clock clock) {
		this(Instruments.of(scheme), tallies, mongo, clock);
	}

	/** Each fiscal year's figures are computed with that year's instrument. */
	public LiveScores(Instruments instruments, TallyStore tallies, MongoTemplate mongo, Clock clock) {
		this.instruments = instruments;
		this.tallies = tallies;
		this.mongo = mongo;
		this.clock = clock;
	}

	public int currentFiscalYear() {
		return FiscalYear.of(LocalDate.now(clock));
	}

	/** The instrument the figures and the OIT checklist of {@code fiscalYear} follow. */
	public Scheme scheme(int fiscalYear) {
		return instruments.forYear(fiscalYear);
	}

	public Instruments instruments() {
		return instruments;
	}

	/**
	 * The published figures: IIT and EIT as last published (they move in steps of at least the
	 * publishing step, see TallyStore), OIT as judged. Everything shown to anyone comes from here.
	 */
	public ScoreCard score(String agency, int fiscalYear) {
		return new ScoreCalculator(scheme(fiscalYear)).score(withOit(tallies.tally(agency, fiscalYear), agency, fiscalYear));
	}

	/** The figures of the live counters, for the consistency check only (never shown: see {@link #score}). */
	public ScoreCard counters(String agency, int fiscalYear) {
		return new ScoreCalculator(scheme(fiscalYear)).score(withOit(tallies.counters(agency, fiscalYear), agency, fiscalYear));
	}

	/** The live figures recomputed from the raw sheets: must equal {@link #counters} exactly. */
	public ScoreCard recount(String agency, int fiscalYear) {
		return new ScoreCalculator(scheme(fiscalYear)).score(withOit(tallies.recount(agency, fiscalYear), agency, fiscalYear));
	}

	private Tally withOit(Tally tally, String agency, int fiscalYear) {
		for (OitJudgement j : judgements(agency, fiscalYear)) {
			// pass and fail are the checklist scale's best and worst options, wherever the instrument puts them
			scheme(fiscalYear).form(Tool.OIT)
				.item(j.item())
				.ifPresent(item -> tally.add(item, j.pass() ? item.bestOption() : item.worstOption(), 1));
		}
		return tally;
	}

	public List<OitJudgement> judgements(String agency, int fiscalYear) {
		return mongo.find(Query.query(Criteria.where("agency").is(agency).and("fiscalYear").is(fiscalYear)),
				OitJudgement.class);
	}

	/** Records (or replaces) a judgement of an OIT item. */
	public OitJudgement judge(String agency, int fiscalYear, String itemId, boolean pass, String url) {
		Item item = scheme(fiscalYear).form(Tool.OIT)
			.item(itemId)
			.orElseThrow(() -> new IllegalArgumentException("unknown OIT item " + itemId));
		Instant now = clock.instant();
		return mongo.save(new OitJudgement(OitJudgement.id(agency, fiscalYear, item.id()), agency, fiscalYear, item.id(), pass,
				url, now));
	}
}
