package fi.kohtaanto.events.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import fi.kohtaanto.events.EventData;
import fi.kohtaanto.events.EventType;
import fi.kohtaanto.events.EventView;
import fi.kohtaanto.events.LanguageLevel;
import fi.kohtaanto.shared.NoMarkup;
import fi.kohtaanto.shared.OrganisationId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that creates or edits an event. An event takes place on one day, in Finnish time; registration closes
 * at the end of the chosen day, or when the event starts if that is earlier.
 */
public class EventForm {

	@NotNull
	private @Nullable EventType type;

	@NotBlank
	@Size(max = 200)
	@NoMarkup
	private String titleFi = "";

	@Size(max = 200)
	@NoMarkup
	private String titleEn = "";

	@Size(max = 200)
	@NoMarkup
	private String titleSv = "";

	@Size(max = 4000)
	@NoMarkup
	private String descriptionFi = "";

	@Size(max = 4000)
	@NoMarkup
	private String descriptionEn = "";

	@Size(max = 4000)
	@NoMarkup
	private String descriptionSv = "";

	private @Nullable LanguageLevel languageLevel;

	@Size(max = 300)
	@NoMarkup
	private String location = "";

	@Size(max = 500)
	@Pattern(regexp = "^$|^https://[^\\s<>\"]+$", message = "{event.onlineUrl.format}")
	private String onlineUrl = "";

	@NotNull
	private @Nullable LocalDate date;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME, fallbackPatterns = "HH:mm")
	private @Nullable LocalTime startTime;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME, fallbackPatterns = "HH:mm")
	private @Nullable LocalTime endTime;

	@NotNull
	@Min(1)
	@Max(EventData.MAX_CAPACITY)
	private @Nullable Integer capacity = 20;

	private @Nullable LocalDate registrationClosesOn;

	private boolean publicRegistration;

	private int version;

	static EventForm from(EventView event) {
		EventData data = event.data();
		EventForm form = new EventForm();
		form.type = data.type();
		form.titleFi = data.titleFi();
		form.titleEn = nonNull(data.titleEn());
		form.titleSv = nonNull(data.titleSv());
		form.descriptionFi = nonNull(data.descriptionFi());
		form.descriptionEn = nonNull(data.descriptionEn());
		form.descriptionSv = nonNull(data.descriptionSv());
		form.languageLevel = data.languageLevel();
		form.location = nonNull(data.location());
		form.onlineUrl = nonNull(data.onlineUrl());
		form.date = data.startsAt().atZone(EventService.HELSINKI).toLocalDate();
		form.startTime = data.startsAt().atZone(EventService.HELSINKI).toLocalTime();
		form.endTime = data.endsAt().atZone(EventService.HELSINKI).toLocalTime();
		form.capacity = data.capacity();
		form.registrationClosesOn = data.registrationClosesAt() == null ? null
				: data.registrationClosesAt().minusSeconds(1).atZone(EventService.HELSINKI).toLocalDate();
		form.publicRegistration = data.publicRegistration();
		form.version = event.version();
		return form;
	}

	/** Problems of the dates that the data itself cannot see, such as a closing day after the event. */
	List<EventData.Problem> dateProblems() {
		List<EventData.Problem> problems = new ArrayList<>();
		if (date != null && (date.getYear() < 2000 || date.getYear() > 2100)) {
			problems.add(new EventData.Problem("date", "path.date.range"));
		}
		if (registrationClosesOn != null && date != null && registrationClosesOn.isAfter(date)) {
			problems.add(new EventData.Problem("registrationClosesOn", "event.closes.afterStart"));
		}
		return problems;
	}

	/** The form as data of the organisation's event; call only when Bean Validation found no errors. */
	EventData toData(OrganisationId organisation) {
		Instant startsAt = date.atTime(startTime).atZone(EventService.HELSINKI).toInstant();
		Instant endsAt = date.atTime(endTime).atZone(EventService.HELSINKI).toInstant();
		Instant closesAt = null;
		if (registrationClosesOn != null) {
			Instant endOfDay = registrationClosesOn.plusDays(1).atStartOfDay(EventService.HELSINKI).toInstant();
			closesAt = endOfDay.isBefore(startsAt) ? endOfDay : startsAt;
		}
		return new EventData(type, organisation, titleFi.strip(), blankToNull(titleEn), blankToNull(titleSv),
				blankToNull(descriptionFi), blankToNull(descriptionEn), blankToNull(descriptionSv),
				type == EventType.LANGUAGE_CAFE ? languageLevel : null, blankToNull(location), blankToNull(onlineUrl),
				startsAt, endsAt, capacity, closesAt, publicRegistration);
	}

	private static String nonNull(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

	public @Nullable EventType getType() {
		return type;
	}

	public void setType(@Nullable EventType type) {
		this.type = type;
	}

	public String getTitleFi() {
		return titleFi;
	}

	public void setTitleFi(@Nullable String titleFi) {
		this.titleFi = nonNull(titleFi);
	}

	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(@Nullable String titleEn) {
		this.titleEn = nonNull(titleEn);
	}

	public String getTitleSv() {
		return titleSv;
	}

	public void setTitleSv(@Nullable String titleSv) {
		this.titleSv = nonNull(titleSv);
	}

	public String getDescriptionFi() {
		return descriptionFi;
	}

	public void setDescriptionFi(@Nullable String descriptionFi) {
		this.descriptionFi = nonNull(descriptionFi);
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public void setDescriptionEn(@Nullable String descriptionEn) {
		this.descriptionEn = nonNull(descriptionEn);
	}

	public String getDescriptionSv() {
		return descriptionSv;
	}

	public void setDescriptionSv(@Nullable String descriptionSv) {
		this.descriptionSv = nonNull(descriptionSv);
	}

	public @Nullable LanguageLevel getLanguageLevel() {
		return languageLevel;
	}

	public void setLanguageLevel(@Nullable LanguageLevel languageLevel) {
		this.languageLevel = languageLevel;
	}

	public String getLocation() {
		return location;
	}

	public void setLocation(@Nullable String location) {
		this.location = nonNull(location);
	}

	public String getOnlineUrl() {
		return onlineUrl;
	}

	public void setOnlineUrl(@Nullable String onlineUrl) {
		this.onlineUrl = nonNull(onlineUrl).strip();
	}

	public @Nullable LocalDate getDate() {
		return date;
	}

	public void setDate(@Nullable LocalDate date) {
		this.date = date;
	}

	public @Nullable LocalTime getStartTime() {
		return startTime;
	}

	public void setStartTime(@Nullable LocalTime startTime) {
		this.startTime = startTime;
	}

	public @Nullable LocalTime getEndTime() {
		return endTime;
	}

	public void setEndTime(@Nullable LocalTime endTime) {
		this.endTime = endTime;
	}

	public @Nullable Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(@Nullable Integer capacity) {
		this.capacity = capacity;
	}

	public @Nullable LocalDate getRegistrationClosesOn() {
		return registrationClosesOn;
	}

	public void setRegistrationClosesOn(@Nullable LocalDate registrationClosesOn) {
		this.registrationClosesOn = registrationClosesOn;
	}

	public boolean isPublicRegistration() {
		return publicRegistration;
	}

	public void setPublicRegistration(boolean publicRegistration) {
		this.publicRegistration = publicRegistration;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
