package fi.kohtaanto.vacancies.internal;

import fi.kohtaanto.vacancies.AdSection;
import fi.kohtaanto.vacancies.AdVariant;

/**
 * A sentence of the phrase bank in its three variants, with slots such as {@code {occupation}} still in it.
 */
record Phrase(long id, String code, AdSection section, String fi, String en, String plain) {

	String text(AdVariant variant) {
		return switch (variant) {
			case FI -> fi;
			case EN -> en;
			case PLAIN -> plain;
		};
	}

}
