package th.ita.bot.line;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;

/**
 * The one place dates become text for people: Buddhist era, Thai month names, Bangkok time
 * ("29 พ.ย. 2569", "29 พ.ย. 2569 21:57 น.", "29/11/2569"). Chat, reports, dashboard, links and
 * admin output all use it, so no reader sees 2026 or UTC.
 */
public final class ThaiDates {

	public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private static final String[] MONTHS = { "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
			"พ.ย.", "ธ.ค." };

	/** "29/11/2569 21:57" for an instant, in Bangkok time (add " น." after it in running text). */
	public static final DateTimeFormatter NUMERIC_TIME = DateTimeFormatter.ofPattern("d/M/yyyy HH:mm")
		.withChronology(ThaiBuddhistChronology.INSTANCE)
		.withZone(BANGKOK);

	private ThaiDates() {
	}

	/** "24 พ.ย. 2569"; "-" when there is no date. */
	public static String format(LocalDate date) {
		if (date == null) {
			return "-";
		}
		return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + (date.getYear() + 543);
	}

	/** "24 พ.ย. 2569 21:57 น." in Bangkok time. */
	public static String format(Instant instant) {
		if (instant == null) {
			return "-";
		}
		var at = instant.atZone(BANGKOK);
		return format(at.toLocalDate()) + " " + String.format("%02d:%02d น.", at.getHour(), at.getMinute());
	}

	/** "24/11/2569", for chart axes and tables. */
	public static String numeric(LocalDate date) {
		if (date == null) {
			return "-";
		}
		return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + (date.getYear() + 543);
	}

	/** Today in Bangkok (a day starts at midnight Thai time, not UTC). */
	public static LocalDate today(java.time.Clock clock) {
		return LocalDate.now(clock.withZone(BANGKOK));
	}
}
