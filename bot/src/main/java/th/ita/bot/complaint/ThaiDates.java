package th.ita.bot.complaint;

import java.time.LocalDate;

/** Dates as Thai readers write them: "24 พ.ย. 2569" (Buddhist era). */
public final class ThaiDates {

	private static final String[] MONTHS = { "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
			"พ.ย.", "ธ.ค." };

	private ThaiDates() {
	}

	public static String format(LocalDate date) {
		if (date == null) {
			return "-";
		}
		return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + (date.getYear() + 543);
	}
}
