package th.ita.bot.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

import th.ita.scoring.Item;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tally;
import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.conversation.Answer;
import th.ita.survey.conversation.SurveyService;
import th.ita.survey.response.SurveyResponse;
import th.ita.survey.scores.LiveScores;

/**
 * Agencies a test class makes for itself, and the answers they hold, stored and counted as a submit
 * does: no test reads an agency another class writes to, so the order of classes changes nothing.
 * One per Spring context, like the database it writes to.
 */
public class TestAgencies {

	/** The seed report's instrument (ITA 2563): the figures these tests check are the seed's. */
	public static final Scheme SEED_INSTRUMENT = Scheme.load(2563);

	private final AgencyDirectory agencies;

	private final SurveyService surveys;

	private final LiveScores scores;

	private final TestClock clock;

	/** Agencies holding the seed's answers in this context's database. */
	private final Set<String> seeded = ConcurrentHashMap.newKeySet();

	public TestAgencies(AgencyDirectory agencies, SurveyService surveys, LiveScores scores, TestClock clock) {
		this.agencies = agencies;
		this.surveys = surveys;
		this.scores = scores;
		this.clock = clock;
	}

	private static String newCode(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
	}

	/** A new agency whose code is {@code prefix} and six random characters; returns the code. */
	public String create(String prefix, String name) {
		return create(prefix, name, null, null).code();
	}

	public Agency create(String prefix, String name, Integer headcount, Integer expectedUsers) {
		return agencies.save(new Agency(newCode(prefix), name, "x", headcount, expectedUsers));
	}

	/**
	 * The agency {@code code} holding the seed report's answers and OIT judgements (total 74.62,
	 * level C), named "หน่วยงานทดสอบรายงาน (ข้อมูลภูเก็ต)": made and loaded on a test class's first
	 * call, the same agency after that.
	 */
	public synchronized String seeded(String code) {
		if (seeded.add(code)) {
			agencies.save(new Agency(code, "หน่วยงานทดสอบรายงาน (ข้อมูลภูเก็ต)", "x", null, null));
			loadSeed(code);
		}
		return code;
	}

	/** A new agency with too few respondents (none) for any figure to be shown. */
	public String withTooFewRespondents() {
		return create("RPTFEW", "หน่วยงานที่มีผู้ตอบน้อย");
	}

	/** Stores the seed's answers for {@code agency} this fiscal year, given today; returns respondents per form. */
	public Map<Tool, Integer> loadSeed(String agency) {
		return SeedResponses.load(surveys, scores, SEED_INSTRUMENT, agency, year(), clock.today());
	}

	/** The current fiscal year by the application's clock. */
	public int year() {
		return scores.currentFiscalYear();
	}

	/** A sheet answering every item of the form with the option {@code option} picks (an index). */
	public static List<Answer> everyItem(Tool tool, ToIntFunction<Item> option) {
		return SEED_INSTRUMENT.form(tool).items().stream()
			.map(i -> new Answer(i.id(), i.scale().options().get(option.applyAsInt(i)).value()))
			.toList();
	}

	/** The answer a person gives by tapping the option with this label on the item (its stored value). */
	public static Answer answer(String item, String label) {
		return SEED_INSTRUMENT.item(item).orElseThrow().scale().options().stream()
			.filter(o -> o.label().equals(label))
			.findFirst()
			.map(o -> new Answer(item, o.value()))
			.orElseThrow(() -> new AssertionError("no option " + label + " on " + item));
	}

	/** One response stored and counted, given on {@code day}. */
	public void respond(String agency, Tool tool, List<Answer> answers, LocalDate day) {
		surveys.countResponse(new SurveyResponse(UUID.randomUUID().toString(), tool, agency, year(), answers, day, false));
	}

	/**
	 * Stores {@code howMany} random answer sheets for a form (about one item in ten skipped), counts
	 * them as submit does, and adds the same answers to {@code expected} for the scoring library.
	 */
	public void respondAtRandom(String agency, Tool tool, int howMany, Random random, Tally expected) {
		for (int r = 0; r < howMany; r++) {
			List<Answer> answers = new ArrayList<>();
			for (Item item : SEED_INSTRUMENT.form(tool).items()) {
				if (random.nextInt(10) == 0) {
					continue;
				}
				int option = random.nextInt(item.scale().options().size());
				answers.add(new Answer(item.id(), item.scale().options().get(option).value()));
				expected.add(item, option, 1);
			}
			expected.addRespondents(tool, 1);
			respond(agency, tool, answers, clock.today());
		}
	}
}
