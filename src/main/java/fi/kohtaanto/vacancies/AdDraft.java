package fi.kohtaanto.vacancies;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A job ad composed by another module (demo data, an import): titles and sentences in order.
 */
public record AdDraft(String titleFi, String titleEn, List<Sentence> sentences) {

	/**
	 * A phrase of the bank by its code, or a free sentence written in both languages.
	 *
	 * @param phraseCode the code of a phrase in {@code vacancies/phrase-bank.tsv}; the texts are then left empty
	 * @param plain plain-Finnish text of a free sentence; the Finnish text serves if empty
	 */
	public record Sentence(AdSection section, @Nullable String phraseCode, @Nullable String fi, @Nullable String en,
			@Nullable String plain) {

		public static Sentence phrase(String code) {
			return new Sentence(AdSection.COMPANY, code, null, null, null);
		}

		public static Sentence free(AdSection section, String fi, String en) {
			return new Sentence(section, null, fi, en, null);
		}

	}

}
