package fi.kohtaanto.feedback.internal;

import java.util.Locale;

import fi.kohtaanto.feedback.RespondentType;
import fi.kohtaanto.feedback.ServiceKind;
import fi.kohtaanto.feedback.SurveyLanguage;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of the public survey pages in the six survey languages ({@code feedback/survey*.properties}, generated
 * from {@code src/main/i18n/feedback-survey.tsv}). Kept apart from the UI's messages, which are in Finnish, Swedish
 * and English only and follow the staff member's language rather than the respondent's.
 */
@Component
class SurveyTexts {

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	SurveyTexts() {
		messages.setBasename("feedback/survey");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	/** A text; with arguments it is a MessageFormat pattern. */
	String get(SurveyLanguage language, String code, Object... args) {
		return messages.getMessage(code, args.length == 0 ? null : args, locale(language));
	}

	/** The words of a question in a survey about the kind of service. */
	String question(SurveyLanguage language, RespondentType respondent, ServiceKind kind, Question question) {
		String code = "q." + respondent + "." + question.key();
		try {
			return get(language, code + "." + kind);
		}
		catch (NoSuchMessageException ex) {
			return get(language, code);
		}
	}

	/** The texts of one language, for templates: {@code ${texts.get('survey.submit')}}. */
	In in(SurveyLanguage language) {
		return new In(this, language);
	}

	static Locale locale(SurveyLanguage language) {
		return Locale.forLanguageTag(language.tag());
	}

	record In(SurveyTexts texts, SurveyLanguage language) {

		public String get(String code, Object... args) {
			return texts.get(language, code, args);
		}

	}

}
