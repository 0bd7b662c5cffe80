package th.ita.bot.survey;

import java.util.Optional;

import th.ita.scoring.Tool;
import th.ita.survey.conversation.SurveyCommand;

/**
 * Postback data of survey buttons. An answer names form, agency, item and value
 * ({@code a:EIT:PKT:e4.1:no}), so a tap on an old message can never be recorded for another item.
 */
final class SurveyPostbacks {

	private SurveyPostbacks() {
	}

	static String choose(Tool tool, String agency, String item, String value) {
		return "a:" + tool + ":" + agency + ":" + item + ":" + value;
	}

	/** Opens an item from the summary; names form and agency so a tap on an old summary is checked. */
	static String edit(Tool tool, String agency, String item) {
		return "e:" + tool + ":" + agency + ":" + item;
	}

	static String cancelConfirmed(Tool tool, String agency) {
		return "x:" + tool + ":" + agency;
	}

	static Optional<SurveyCommand> parse(String data) {
		if (data == null || data.length() > 300) {
			return Optional.empty();
		}
		String[] p = data.split(":", -1);
		try {
			if (p.length == 5 && p[0].equals("a")) {
				return Optional.of(new SurveyCommand.Choose(Tool.parse(p[1]), p[2], p[3], p[4]));
			}
			if (p.length == 4 && p[0].equals("e")) {
				Tool.parse(p[1]);
				return Optional.of(SurveyCommand.Edit.item(p[3]));
			}
			if (p.length == 3 && p[0].equals("x")) {
				return Optional.of(new SurveyCommand.CancelConfirmed(Tool.parse(p[1]), p[2]));
			}
			if (p.length == 2 && p[0].equals("nav")) {
				return switch (p[1]) {
					case "back" -> Optional.of(new SurveyCommand.Back());
					case "cancel" -> Optional.of(new SurveyCommand.Cancel());
					case "submit" -> Optional.of(new SurveyCommand.Submit());
					case "resume" -> Optional.of(new SurveyCommand.Resume());
					default -> Optional.empty();
				};
			}
			if (p.length == 4 && p[0].equals("survey") && p[1].equals("start")) {
				Tool tool = Tool.parse(p[2]);
				return tool == Tool.OIT ? Optional.empty() : Optional.of(new SurveyCommand.Start(tool, p[3], null));
			}
		}
		catch (IllegalArgumentException forged) {
			return Optional.empty();
		}
		return Optional.empty();
	}
}
