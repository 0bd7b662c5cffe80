package th.ita.survey.plan;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A plan change shown back to a staff member and waiting for "ยืนยัน": one per staff member (a new
 * one replaces it), taken at most once (find-and-remove), refused after {@code expiresAt}.
 */
@Document("plan_pending")
public record PendingChange(@Id String staffKey, Kind kind, String agency, int fiscalYear, int number,
		ImprovementPlan.Draft draft, String text, Instant expiresAt) {

	public enum Kind {
		ADD, PROGRESS, DELETE
	}
}
