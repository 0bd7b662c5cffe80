package th.ita.bot;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules the modules keep, pinned: dependencies point bot → survey-engine → scoring, scoring is
 * plain Java, and only the bot knows LINE. Spring Modulith sees one application, so these cross-module
 * rules are written with ArchUnit over the production classes of all three modules.
 */
class ArchitectureTests {

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("th.ita");
	}

	@Test
	void scoringIsPlainJava() {
		noClasses().that()
			.resideInAPackage("th.ita.scoring..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "com.linecorp..",
					"th.ita.survey..", "th.ita.bot..")
			.check(classes);
	}

	@Test
	void surveyEngineKnowsNoLineAndNoBot() {
		noClasses().that()
			.resideInAPackage("th.ita.survey..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.linecorp..", "th.ita.bot..", "jakarta.servlet..", "org.springframework.web..")
			.check(classes);
	}

	@Test
	void domainPackagesOfTheSurveyEngineDoNotReachIntoTheWebOrTheApp() {
		noClasses().that()
			.resideInAnyPackage("th.ita.survey..", "th.ita.scoring..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.boot..")
			.check(classes);
	}
}
