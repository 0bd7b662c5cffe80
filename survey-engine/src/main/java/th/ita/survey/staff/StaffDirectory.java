package th.ita.survey.staff;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.anonymity.Pseudonyms.Purpose;

/** Who is staff: looked up by the STAFF pseudonym of the LINE userId, never the userId itself. */
public class StaffDirectory {

	private final MongoTemplate mongo;

	private final Pseudonyms pseudonyms;

	public StaffDirectory(MongoTemplate mongo, Pseudonyms pseudonyms) {
		this.mongo = mongo;
		this.pseudonyms = pseudonyms;
	}

	public String staffKey(String userId) {
		return pseudonyms.of(Purpose.STAFF, userId);
	}

	public Optional<StaffMember> find(String userId) {
		return Optional.ofNullable(mongo.findById(staffKey(userId), StaffMember.class));
	}

	public StaffMember save(StaffMember member) {
		return mongo.save(member);
	}
}
