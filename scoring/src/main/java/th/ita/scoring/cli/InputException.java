package th.ita.scoring.cli;

/** A bad input line. It stops the whole run, and names the line so staff can fix the export. */
final class InputException extends Exception {

	InputException(long line, String problem) {
		super("line " + line + ": " + problem);
	}
}
