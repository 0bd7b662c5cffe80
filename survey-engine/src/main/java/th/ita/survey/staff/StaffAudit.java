package th.ita.survey.staff;

import java.time.Clock;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/** The audit trail of staff commands, in its own collection. */
public class StaffAudit {

	private final MongoTemplate mongo;

	private final Clock clock;

	public StaffAudit(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public StaffAuditEntry record(String staffKey, String command, String agency, String outcome) {
		return mongo.insert(new StaffAuditEntry(UUID.randomUUID().toString(), staffKey, command, agency, outcome,
				clock.instant()));
	}

	public void createIndexes() {
		mongo.indexOps(StaffAuditEntry.class)
			.createIndex(new Index().on("staff", Sort.Direction.ASC).on("at", Sort.Direction.DESC).named("staff_at"));
	}
}
