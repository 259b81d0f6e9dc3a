package fi.kohtaanto.clients.internal;

import fi.kohtaanto.clients.Gender;
import fi.kohtaanto.clients.LabourMarketStatus;

import java.time.LocalDate;
import java.util.List;

import fi.kohtaanto.catalogue.IscedLevel;
import org.jspecify.annotations.Nullable;

/**
 * The basic data of a client, validated by the web layer before it reaches the service.
 */
public record ClientData(String firstName, String lastName, @Nullable String email, @Nullable String phone, int birthYear,
		Gender gender, LabourMarketStatus labourMarketStatus, IscedLevel iscedLevel, String citizenship,
		boolean foreignBackground, String municipalityCode, LocalDate entryDate, @Nullable String serviceNeeds,
		List<LanguageSkill> languages, @Nullable LocalDate availableFrom, boolean willingToRelocate) {
}
