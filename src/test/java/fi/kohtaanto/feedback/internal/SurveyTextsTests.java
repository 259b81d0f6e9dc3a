package fi.kohtaanto.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import fi.kohtaanto.feedback.RespondentType;
import fi.kohtaanto.feedback.ServiceKind;
import fi.kohtaanto.feedback.SurveyLanguage;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Every survey has all its words in every language it is offered in, in that language's own file: a missing key
 * would otherwise fall back to English without anyone noticing.
 */
class SurveyTextsTests {

	private static final String[] PAGE_KEYS = { "survey.title", "survey.language", "survey.from", "survey.intro",
			"survey.required", "survey.optional", "survey.scaleHint", "survey.yes", "survey.no", "survey.improvement",
			"survey.improvement.hint", "survey.submit", "survey.errors", "survey.question", "survey.error.score", "survey.error.choice",
			"survey.error.length", "survey.error.markup", "thanks.title", "thanks.text", "answered.title",
			"answered.text", "invalid.title", "invalid.text", "expired.title", "expired.text", "slip.intro",
			"slip.answerBy" };

	@Test
	void everySurveyIsCompleteInEveryLanguageItIsOfferedIn() throws IOException {
		int checked = 0;
		for (RespondentType respondent : RespondentType.values()) {
			for (SurveyLanguage language : respondent.languages()) {
				Properties texts = load(language);
				for (String key : PAGE_KEYS) {
					assertThat(texts).as("%s in %s", key, language).containsKey(key);
				}
				assertThat(texts).containsKey("recommend." + respondent);
				for (Scale scale : Scale.values()) {
					assertThat(texts).containsKeys("scale." + scale + ".low", "scale." + scale + ".high");
				}
				for (ServiceKind kind : ServiceKind.forRespondent(respondent)) {
					assertThat(texts).as("kind %s in %s", kind, language).containsKey("kind." + kind);
					for (Question question : Surveys.questions(respondent)) {
						String key = "q." + respondent + "." + question.key();
						assertThat(texts.containsKey(key + "." + kind) || texts.containsKey(key))
							.as("%s for %s in %s", key, kind, language)
							.isTrue();
						checked++;
					}
				}
			}
		}
		// 4 client kinds × 4 questions × 6 languages + 4 employer kinds × 4 questions × 3 languages
		assertThat(checked).isEqualTo(4 * 4 * 6 + 4 * 4 * 3);
	}

	@Test
	void surveysHaveThreeToFiveQuestionsStartingWithOverallSatisfaction() {
		for (RespondentType respondent : RespondentType.values()) {
			assertThat(Surveys.questions(respondent)).hasSizeBetween(3, 5);
			assertThat(Surveys.questions(respondent).get(0)).isEqualTo(new Question("OVERALL", Scale.SATISFACTION));
		}
	}

	@Test
	void textsWithArgumentsHaveNoPlainApostrophes() throws IOException {
		for (SurveyLanguage language : SurveyLanguage.values()) {
			load(language).forEach((key, value) -> {
				if (value.toString().contains("{0}")) {
					// MessageFormat would swallow a single apostrophe.
					assertThat(value.toString()).as("%s in %s", key, language).doesNotContain("'");
				}
			});
		}
	}

	@Test
	void resolvesTheWordsThatFitTheKindOfService() {
		SurveyTexts texts = new SurveyTexts();
		Question support = Surveys.questions(RespondentType.CLIENT).get(2);
		assertThat(texts.question(SurveyLanguage.EN, RespondentType.CLIENT, ServiceKind.EVENT, support))
			.isEqualTo("The event was well organised.");
		assertThat(texts.question(SurveyLanguage.EN, RespondentType.CLIENT, ServiceKind.GUIDANCE, support))
			.isEqualTo("I got help with the things that matter to me.");
		assertThat(texts.get(SurveyLanguage.AR, "survey.from", "Xamk")).isEqualTo("الجهة المنظمة: Xamk");
	}

	private static Properties load(SurveyLanguage language) throws IOException {
		String name = language == SurveyLanguage.EN ? "feedback/survey.properties"
				: "feedback/survey_" + language.tag() + ".properties";
		Properties properties = new Properties();
		try (InputStreamReader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
