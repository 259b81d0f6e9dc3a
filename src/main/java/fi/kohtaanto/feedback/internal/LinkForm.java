package fi.kohtaanto.feedback.internal;

import java.time.LocalDate;

import fi.kohtaanto.feedback.FeedbackRequest;
import fi.kohtaanto.feedback.RespondentType;
import fi.kohtaanto.feedback.ServiceKind;
import fi.kohtaanto.feedback.SurveyLanguage;
import fi.kohtaanto.shared.NoMarkup;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The form that creates feedback links. The rules across fields are {@link LinkRules}.
 */
public class LinkForm {

	@NotNull
	private @Nullable RespondentType respondent = RespondentType.CLIENT;

	@NotNull
	private @Nullable ServiceKind kind;

	@Size(max = FeedbackRequest.MAX_LABEL)
	@NoMarkup
	private String label = "";

	@NotNull
	private @Nullable SurveyLanguage language = SurveyLanguage.FI;

	@NotNull
	@Min(1)
	@Max(FeedbackRequest.MAX_LINKS)
	private @Nullable Integer count = 1;

	@NotNull
	private @Nullable LocalDate expiresOn = LocalDate.now().plusDays(FeedbackRequest.DEFAULT_DAYS);

	/** The form as a request; call only when Bean Validation found no errors. */
	FeedbackRequest toRequest() {
		return new FeedbackRequest(respondent, kind, label.isBlank() ? null : label.strip(), language, expiresOn);
	}

	public @Nullable RespondentType getRespondent() {
		return respondent;
	}

	public void setRespondent(@Nullable RespondentType respondent) {
		this.respondent = respondent;
	}

	public @Nullable ServiceKind getKind() {
		return kind;
	}

	public void setKind(@Nullable ServiceKind kind) {
		this.kind = kind;
	}

	public String getLabel() {
		return label;
	}

	public void setLabel(@Nullable String label) {
		this.label = label == null ? "" : label.strip();
	}

	public @Nullable SurveyLanguage getLanguage() {
		return language;
	}

	public void setLanguage(@Nullable SurveyLanguage language) {
		this.language = language;
	}

	public @Nullable Integer getCount() {
		return count;
	}

	public void setCount(@Nullable Integer count) {
		this.count = count;
	}

	public @Nullable LocalDate getExpiresOn() {
		return expiresOn;
	}

	public void setExpiresOn(@Nullable LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}

}
