package th.ita.survey.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The plan's follow-up dates, as the seed's province sets them: progress is reported twice, for
 * October–March by 1 April and for April–September by 1 October (fiscal year 2564: 1 April 2564 and
 * 1 October 2564, Buddhist era).
 */
public final class FollowUps {

	private FollowUps() {
	}

	public static List<LocalDate> of(int fiscalYear) {
		int year = fiscalYear - 543;
		return List.of(LocalDate.of(year, 4, 1), LocalDate.of(year, 10, 1));
	}

	/** The follow-up a report made on {@code day} counts for: the next one due, else the last. */
	public static LocalDate dueFor(int fiscalYear, LocalDate day) {
		List<LocalDate> dates = of(fiscalYear);
		return dates.stream().filter(d -> !d.isBefore(day)).findFirst().orElse(dates.get(dates.size() - 1));
	}

	/** The fiscal year's whole span, the default period of a measure: "1 ต.ค. 2569 – 30 ก.ย. 2570". */
	public static LocalDate start(int fiscalYear) {
		return LocalDate.of(fiscalYear - 544, 10, 1);
	}

	public static LocalDate end(int fiscalYear) {
		return LocalDate.of(fiscalYear - 543, 9, 30);
	}
}
