package th.ita.survey.conversation;

import java.time.LocalDate;

/** Thai government fiscal year in the Buddhist era: 1 October to 30 September (FY 2569 starts 1 Oct 2025). */
public final class FiscalYear {

	private FiscalYear() {
	}

	public static int of(LocalDate date) {
		int gregorian = date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
		return gregorian + 543;
	}
}
