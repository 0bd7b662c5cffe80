package th.ita.survey.staff;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.anonymity.Pseudonyms.Purpose;

/** Who is staff: looked up by the STAFF pseudonym of the LINE userId, never the userId itself. */
public class StaffDirectory {

	private static final Logger log = LoggerFactory.getLogger(StaffDirectory.class);

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
		return findByKey(staffKey(userId));
	}

	public Optional<StaffMember> findByKey(String staffKey) {
		return Optional.ofNullable(mongo.findById(staffKey, StaffMember.class));
	}

	public StaffMember save(StaffMember member) {
		return mongo.save(member);
	}

	public boolean anyProvinceAdmin() {
		return mongo.exists(Query.query(Criteria.where("roles").is(StaffMember.Role.PROVINCE_ADMIN.name())),
				StaffMember.class);
	}

	/** An agency's members (null: all), by agency and id. */
	public List<StaffMember> members(String agency) {
		Query q = agency == null ? new Query() : Query.query(Criteria.where("agency").is(agency));
		return mongo.find(q.with(Sort.by("agency", "_id")).limit(200), StaffMember.class);
	}

	/** The member with the short id an admin typed ({@link StaffMember#shortId}); staff are few, so all are read. */
	public Optional<StaffMember> byShortId(String shortId) {
		String typed = shortId == null ? "" : shortId.trim().toUpperCase(Locale.ROOT);
		if (!typed.matches("[0-9A-F]{8}")) {
			return Optional.empty();
		}
		List<StaffMember> found = mongo.findAll(StaffMember.class).stream().filter(m -> m.shortId().equals(typed)).limit(2).toList();
		return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
	}

	public boolean remove(StaffMember member) {
		return mongo.remove(Query.query(Criteria.where("_id").is(member.id())), StaffMember.class).getDeletedCount() == 1;
	}

	/**
	 * Staff and codes from before roles held one {@code role}: STAFF did everything in its agency
	 * except manage staff (now viewer, OIT editor, complaint officer), ADMIN everything everywhere
	 * (now province admin with the same three). Safe to repeat; documents already migrated are left.
	 */
	public long migrateLegacyRoles() {
		long changed = 0;
		for (String collection : List.of("staff", "staff_codes")) {
			for (String old : List.of("STAFF", "ADMIN")) {
				List<String> roles = old.equals("ADMIN")
						? List.of("PROVINCE_ADMIN", "VIEWER", "OIT_EDITOR", "COMPLAINT_OFFICER")
						: List.of("VIEWER", "OIT_EDITOR", "COMPLAINT_OFFICER");
				changed += mongo
					.updateMulti(Query.query(Criteria.where("role").is(old).and("roles").exists(false)),
							new Update().set("roles", roles).unset("role"), Document.class, collection)
					.getModifiedCount();
			}
		}
		if (changed > 0) {
			log.info("Migrated {} staff members and codes from the single role to roles", changed);
		}
		return changed;
	}
}
