package th.ita.scoring.cli;

import th.ita.scoring.ScoreCard;

/** One agency's scored result, as the reports print it. */
record AgencyReport(String agency, ScoreCard card) {
}
