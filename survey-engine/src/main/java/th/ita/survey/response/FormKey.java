package th.ita.survey.response;

import th.ita.scoring.Tool;

/** One agency's form in one fiscal year: the unit that is stored, counted and published together. */
public record FormKey(String agency, int fiscalYear, Tool tool) {

	@Override
	public String toString() {
		return agency + ":" + fiscalYear + ":" + tool;
	}
}
