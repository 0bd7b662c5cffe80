package th.ita.survey.conversation;

import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface SurveySessionRepository extends MongoRepository<SurveySession, String> {

	List<SurveySession> findByPhaseAndUpdatedAtBefore(SurveySession.Phase phase, Instant before);

	long deleteByUpdatedAtBefore(Instant before);
}
