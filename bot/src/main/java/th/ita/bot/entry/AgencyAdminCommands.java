package th.ita.bot.entry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.ita.bot.system.AdminCommand;
import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;

/** Admin commands for agencies: add or change one, and print the entry links of all. */
@Configuration(proxyBeanMethods = false)
class AgencyAdminCommands {

	@Bean
	AdminCommand agencyCommand(AgencyDirectory agencies) {
		return new AdminCommand() {
			@Override
			public String name() {
				return "agency";
			}

			@Override
			public String usage() {
				return "agency --code PKT [--name \"ชื่อหน่วยงาน\"] [--iit-code CODE] [--headcount N] [--users N]";
			}

			@Override
			public int run(List<String> args) {
				Map<String, String> o = options(args);
				String code = o.get("code");
				if (code == null || !code.matches("[A-Za-z0-9_-]{1,20}")) {
					System.err.println("usage: " + usage());
					return 64;
				}
				Agency current = agencies.find(code).orElse(null);
				if (current == null && o.get("name") == null) {
					System.err.println("new agency " + code + " needs --name");
					return 64;
				}
				try {
					Agency a = new Agency(code, o.getOrDefault("name", current == null ? null : current.name()),
							o.getOrDefault("iit-code", current == null ? null : current.iitAccessCode()),
							o.containsKey("headcount") ? Integer.valueOf(o.get("headcount")) : current == null ? null : current.headcount(),
							o.containsKey("users") ? Integer.valueOf(o.get("users")) : current == null ? null : current.expectedUsers());
					agencies.save(a);
					System.out.println((current == null ? "added " : "updated ") + a.code() + " " + a.name());
					return 0;
				}
				catch (NumberFormatException ex) {
					System.err.println("--headcount and --users take whole numbers");
					return 64;
				}
			}
		};
	}

	@Bean
	AdminCommand entryLinksCommand(AgencyDirectory agencies, EntryLinks links) {
		return new AdminCommand() {
			@Override
			public String name() {
				return "entry-links";
			}

			@Override
			public String usage() {
				return "entry-links   (prints each agency's EIT/IIT start text and LINE link)";
			}

			@Override
			public int run(List<String> args) {
				for (Agency a : agencies.all()) {
					for (Tool tool : new Tool[] { Tool.EIT, Tool.IIT }) {
						String link = links.link(tool, a.code());
						System.out.println(a.code() + "\t" + tool + "\t" + EntryLinks.startText(tool, a.code()) + "\t"
								+ (link == null ? "(set ita.line.basic-id for the link)" : link));
					}
				}
				return 0;
			}
		};
	}

	static Map<String, String> options(List<String> args) {
		Map<String, String> o = new HashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.startsWith("--")) {
				String key = a.substring(2);
				int eq = key.indexOf('=');
				if (eq > 0) {
					o.put(key.substring(0, eq), key.substring(eq + 1));
				}
				else if (i + 1 < args.size()) {
					o.put(key, args.get(++i));
				}
			}
		}
		return o;
	}
}
