package th.ita.survey.agency;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An agency that runs the ITA with the bot. {@code iitAccessCode} admits its own personnel to the
 * IIT; {@code headcount} and {@code expectedUsers} set the minimum samples.
 */
@Document("agencies")
public record Agency(@Id String code, String name, String iitAccessCode, Integer headcount, Integer expectedUsers) {

	public Agency {
		code = normalize(code);
	}

	public static String normalize(String code) {
		return code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
	}

	public Agency withName(String newName) {
		return new Agency(code, newName, iitAccessCode, headcount, expectedUsers);
	}

	public Agency withIitAccessCode(String accessCode) {
		return new Agency(code, name, accessCode, headcount, expectedUsers);
	}

	public Agency withHeadcount(Integer headcount) {
		return new Agency(code, name, iitAccessCode, headcount, expectedUsers);
	}

	public Agency withExpectedUsers(Integer expectedUsers) {
		return new Agency(code, name, iitAccessCode, headcount, expectedUsers);
	}
}
