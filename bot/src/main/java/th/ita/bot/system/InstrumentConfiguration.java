package th.ita.bot.system;

import java.nio.file.Path;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.ita.scoring.InstrumentException;
import th.ita.scoring.InstrumentProblem;
import th.ita.scoring.Instruments;

/**
 * The ITA instruments (docs/INSTRUMENT.md): the shipped years plus the directories the deployment
 * adds, each checked at start. An invalid directory stops the bot before it opens, with every
 * problem logged in Thai and English, the same lines as {@code ita-scoring.jar check DIR}. There is
 * no single instrument: everything about a fiscal year (a survey started in it, its counters, scores,
 * reports) asks {@link Instruments#forYear} for that year's.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InstrumentConfiguration.InstrumentSettings.class)
class InstrumentConfiguration {

	private static final Logger log = LoggerFactory.getLogger(InstrumentConfiguration.class);

	/**
	 * {@code ita.instruments.folder}: sub-directories named by year ({@code 2570/}) are that year's
	 * instrument; {@code ita.instruments.directories.2570=/path}: one directory for a year.
	 */
	@ConfigurationProperties("ita.instruments")
	record InstrumentSettings(Path folder, Map<Integer, Path> directories) {

		InstrumentSettings {
			directories = directories == null ? Map.of() : Map.copyOf(directories);
		}
	}

	@Bean
	Instruments instruments(InstrumentSettings settings) {
		Instruments.Builder builder = Instruments.builder();
		if (settings.folder() != null) {
			builder.folder(settings.folder());
		}
		settings.directories().forEach(builder::directory);
		try {
			Instruments instruments = builder.build();
			instruments.all()
				.forEach((year, s) -> log.info("ITA instrument from fiscal year {}: {} ({})", year, s.name(), s.source()));
			return instruments;
		}
		catch (InstrumentException ex) {
			log.error("แบบประเมิน ITA ไม่ถูกต้อง บอทจะไม่เริ่มทำงาน / invalid ITA instrument, the bot does not start:");
			for (InstrumentProblem p : ex.problems()) {
				log.error("  {} {}: {} / {}", p.file(), p.path(), p.thai(), p.english());
			}
			throw ex;
		}
	}
}
