package th.ita.scoring;

import java.util.List;
import java.util.stream.Collectors;

/** An instrument directory that cannot be used; {@link #problems()} says every reason and where. */
public class InstrumentException extends IllegalArgumentException {

	private final transient List<InstrumentProblem> problems;

	public InstrumentException(String where, List<InstrumentProblem> problems) {
		super("invalid ITA instrument " + where + ":\n"
				+ problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<InstrumentProblem> problems() {
		return problems;
	}
}
