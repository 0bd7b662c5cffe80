package th.ita.survey.plan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One row of an agency's improvement plan for a fiscal year, in the seed's table layout: the measure
 * (มาตรการ/แนวทาง) for an indicator, how (วิธีดำเนินการ), who (ผู้รับผิดชอบ, a unit), when
 * (ระยะเวลาดำเนินการ) and the follow-up (การติดตามผล): progress reported at each follow-up date.
 * {@code ownerKey} is the STAFF pseudonym of who recorded it, the one reminded before a follow-up.
 */
@Document("plan_measures")
public record Measure(@Id String id, String agency, int fiscalYear, int number, String indicatorId, String measure,
		String method, String responsible, String period, String ownerKey, LocalDate recordedOn, List<Progress> progress,
		List<LocalDate> reminded) {

	public Measure {
		progress = progress == null ? List.of() : List.copyOf(progress);
		reminded = reminded == null ? List.of() : List.copyOf(reminded);
	}

	/** A progress report for the follow-up due on {@code due}, sent on {@code reportedOn}. */
	public record Progress(LocalDate due, LocalDate reportedOn, String text) {
	}

	public static String id(String agency, int fiscalYear, int number) {
		return agency + ":" + fiscalYear + ":" + number;
	}

	/** Whether progress was reported for the follow-up due on that date. */
	public boolean reportedFor(LocalDate due) {
		return progress.stream().anyMatch(p -> p.due().equals(due));
	}
}
