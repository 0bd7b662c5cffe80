package th.ita.survey.agency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;

/**
 * The agencies the bot serves. The agencies file seeds the database: agencies missing from it are
 * added on start; ones already there keep what admins changed (access codes, headcounts).
 */
public class AgencyDirectory {

	private static final Logger log = LoggerFactory.getLogger(AgencyDirectory.class);

	private final AgencyRepository agencies;

	public AgencyDirectory(AgencyRepository agencies) {
		this.agencies = agencies;
	}

	public int importMissing(Resource file) {
		try (InputStream in = file.getInputStream()) {
			JsonNode root = new ObjectMapper().readTree(in);
			int added = 0;
			for (JsonNode a : root.get("agencies")) {
				Agency agency = new Agency(a.get("code").asText(), a.get("name").asText(), a.path("iitAccessCode").asText(null),
						a.hasNonNull("headcount") ? a.get("headcount").asInt() : null,
						a.hasNonNull("expectedUsers") ? a.get("expectedUsers").asInt() : null);
				if (!agencies.existsById(agency.code())) {
					agencies.save(agency);
					added++;
				}
			}
			log.info("Agencies file {}: {} added, {} in the database", file.getFilename(), added, agencies.count());
			return added;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read agencies file " + file, ex);
		}
	}

	public Optional<Agency> find(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return agencies.findById(Agency.normalize(code));
	}

	public List<Agency> all() {
		return agencies.findAll().stream().sorted(Comparator.comparing(Agency::code)).toList();
	}

	public Agency save(Agency agency) {
		return agencies.save(agency);
	}
}
