package fi.kohtaanto.vacancies.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.kohtaanto.employers.EmployerView;
import fi.kohtaanto.vacancies.AdSection;
import fi.kohtaanto.vacancies.AdVariant;
import org.jspecify.annotations.Nullable;

/**
 * A vacancy's job ad as stored, and rendered into its three variants with the slots filled.
 */
final class JobAd {

	private JobAd() {
	}

	record Titles(String fi, String en) {

		public String of(AdVariant variant) {
			return variant == AdVariant.EN ? en : fi;
		}

	}

	/**
	 * One sentence: a phrase of the bank, or free text (whose plain-Finnish variant falls back to the Finnish one).
	 */
	record Line(long id, AdSection section, int position, @Nullable Phrase phrase, @Nullable String fi,
			@Nullable String en, @Nullable String plain) {

		public boolean fromBank() {
			return phrase != null;
		}

		/** The text with its slots still in it. */
		String template(AdVariant variant) {
			if (phrase != null) {
				return phrase.text(variant);
			}
			return switch (variant) {
				case FI -> fi;
				case EN -> en;
				case PLAIN -> plain != null ? plain : fi;
			};
		}

	}

	/**
	 * @param stored false while nobody has edited the ad: the titles are then the defaults from the vacancy
	 */
	record Content(boolean stored, Titles titles, List<Line> lines) {
	}

	record Section(AdSection section, String heading, List<String> sentences) {
	}

	/** The ad in one variant, ready to show: sections without sentences are left out. */
	record Rendered(AdVariant variant, String title, List<Section> sections) {

		public boolean empty() {
			return sections.isEmpty();
		}

	}

	/** A sentence as the editor lists it: every variant filled in, and whether it can move up or down. */
	record EditorLine(long id, boolean fromBank, String fi, String en, String plain, boolean first, boolean last) {
	}

	record EditorSection(AdSection section, List<EditorLine> lines) {
	}

	/**
	 * Everything the editor, the preview, the print page and the JSON-LD need.
	 *
	 * @param gaps slots the ad uses but the vacancy has no value for
	 */
	record View(VacancyRecord vacancy, EmployerView employer, Content content, Map<AdVariant, Rendered> variants,
			List<EditorSection> editor, Set<Slot> gaps, Map<Slot, Slot.Values> values) {

		public Rendered variant(AdVariant variant) {
			return variants.get(variant);
		}

		/** A phrase of the bank as it would read in this ad, for offering it in the editor. */
		public String fill(Phrase phrase, AdVariant variant) {
			return Slot.fill(phrase.text(variant), values, variant);
		}

		public boolean empty() {
			return content.lines().isEmpty();
		}

	}

	static View render(VacancyRecord vacancy, EmployerView employer, Content content, Map<Slot, Slot.Values> values) {
		Map<AdVariant, Rendered> variants = new EnumMap<>(AdVariant.class);
		for (AdVariant variant : AdVariant.values()) {
			List<Section> sections = new ArrayList<>();
			for (AdSection section : AdSection.values()) {
				List<String> sentences = content.lines()
					.stream()
					.filter(line -> line.section() == section)
					.map(line -> Slot.fill(line.template(variant), values, variant))
					.toList();
				if (!sentences.isEmpty()) {
					sections.add(new Section(section, section.heading(variant), sentences));
				}
			}
			variants.put(variant, new Rendered(variant, content.titles().of(variant), sections));
		}
		List<EditorSection> editor = new ArrayList<>();
		Set<Slot> gaps = new LinkedHashSet<>();
		for (AdSection section : AdSection.values()) {
			List<Line> lines = content.lines().stream().filter(line -> line.section() == section).toList();
			List<EditorLine> editorLines = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				Line line = lines.get(i);
				editorLines.add(new EditorLine(line.id(), line.fromBank(),
						Slot.fill(line.template(AdVariant.FI), values, AdVariant.FI),
						Slot.fill(line.template(AdVariant.EN), values, AdVariant.EN),
						Slot.fill(line.template(AdVariant.PLAIN), values, AdVariant.PLAIN), i == 0, i == lines.size() - 1));
				for (AdVariant variant : AdVariant.values()) {
					for (String name : Slot.in(line.template(variant))) {
						Slot slot = Slot.of(name);
						Slot.Values value = slot == null ? null : values.get(slot);
						if (slot != null && (value == null || blank(variant == AdVariant.EN ? value.en() : value.fi()))) {
							gaps.add(slot);
						}
					}
				}
			}
			editor.add(new EditorSection(section, editorLines));
		}
		return new View(vacancy, employer, content, variants, editor, gaps, values);
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
