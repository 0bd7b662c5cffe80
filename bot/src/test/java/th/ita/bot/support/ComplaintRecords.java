package th.ita.bot.support;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.complaint.ComplaintDraft;
import th.ita.survey.complaint.EvidencePhotos;

/**
 * What the anonymous channel stored, as a test finds it: a complaint by its agency and text (case
 * numbers are random), a person's draft by their own key (read by the survey engine's mapping), and
 * how many evidence photos are kept.
 */
public record ComplaintRecords(MongoTemplate mongo, Pseudonyms pseudonyms) {

	/** The complaint filed to {@code agency} with exactly this text. */
	public Document complaint(String agency, String text) {
		Document found = mongo.getCollection("complaints").find(new Document("agency", agency).append("text", text)).first();
		if (found == null) {
			throw new AssertionError("no complaint to " + agency + " reading \"" + text + "\"");
		}
		return found;
	}

	public String caseNumber(String agency, String text) {
		return complaint(agency, text).getString("caseNumber");
	}

	/** The person's complaint or opinion being written, or null when none is open. */
	public ComplaintDraft draftOf(ChatUser person) {
		return mongo.findById(pseudonyms.of(Pseudonyms.Purpose.CONVERSATION, person.userId()), ComplaintDraft.class);
	}

	/** Evidence photos kept, not the empty storage slots around them (SlotPool). */
	public long storedPhotos() {
		return mongo.getCollection(EvidencePhotos.BUCKET + ".files").countDocuments(new Document("slot", "filled"));
	}
}
