package fi.kohtaanto.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.validation.Errors;

/**
 * Checks the repeated rows of a form ({@link ConceptRow}s and {@link LanguageRow}s) and rejects the faulty ones with
 * the catalogue's messages, so that every module's forms say the same thing about the same mistake. The rows are
 * addressed as {@code <field>[i].<property>}.
 */
public final class FormRows {

	private FormRows() {
	}

	/** Adds empty rows until the list has the given size, so that a form always offers a few. */
	public static <T> List<T> pad(List<T> rows, int size, java.util.function.Supplier<T> empty) {
		while (rows.size() < size) {
			rows.add(empty.get());
		}
		return rows;
	}

	/** A row of a form with the concept it names. */
	public record Resolved<R extends ConceptRow>(R row, Concept concept) {
	}

	/**
	 * The concepts the non-blank rows name, in order: the chosen URI, or else the typed text resolved by its
	 * preferred label. A row naming nothing known, a concept of the other type, or a concept named on an earlier row is
	 * rejected on {@code <field>[i].uriText} and left out.
	 */
	public static <R extends ConceptRow> List<Resolved<R>> resolveConcepts(Catalogue catalogue, List<R> rows,
			ConceptType type, Errors errors, String field) {
		List<Resolved<R>> resolved = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			R row = rows.get(i);
			if (row.blank()) {
				continue;
			}
			Optional<Concept> concept = resolveConcept(catalogue, row, type, errors, field + "[" + i + "]");
			if (concept.isEmpty()) {
				continue;
			}
			if (!seen.add(concept.get().uri())) {
				errors.rejectValue(field + "[" + i + "].uriText", "catalogue.row.concept.duplicate");
			}
			else {
				resolved.add(new Resolved<>(row, concept.get()));
			}
		}
		return resolved;
	}

	/**
	 * The concept one picker names: the chosen URI, or else the typed text resolved by its preferred label. A picker
	 * naming nothing known, or a concept of the other type, is rejected on {@code <field>.uriText}; an empty picker
	 * is neither a concept nor an error.
	 */
	public static Optional<Concept> resolveConcept(Catalogue catalogue, ConceptRow row, ConceptType type, Errors errors,
			String field) {
		if (row.blank()) {
			return Optional.empty();
		}
		Optional<Concept> concept = row.getUri().isEmpty() ? catalogue.resolve(row.getUriText(), type)
				: catalogue.concept(row.getUri()).filter(found -> found.type() == type);
		if (concept.isEmpty()) {
			errors.rejectValue(field + ".uriText", "catalogue.row.concept.unknown");
		}
		return concept;
	}

	/**
	 * Rejects rows without a language, with an unknown or repeated language, or without a level; returns the rows
	 * that are neither blank nor faulty.
	 */
	public static List<LanguageRow> validateLanguages(List<LanguageRow> rows, Errors errors, String field) {
		List<LanguageRow> valid = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			LanguageRow row = rows.get(i);
			if (row.blank()) {
				continue;
			}
			String prefix = field + "[" + i + "]";
			boolean ok = true;
			if (row.getCode().isBlank()) {
				errors.rejectValue(prefix + ".code", "catalogue.row.language.missing");
				ok = false;
			}
			else if (!Languages.isKnown(row.getCode())) {
				errors.rejectValue(prefix + ".code", "catalogue.row.language.unknown");
				ok = false;
			}
			else if (!seen.add(row.getCode())) {
				errors.rejectValue(prefix + ".code", "catalogue.row.language.duplicate");
				ok = false;
			}
			if (row.getLevel() == null) {
				errors.rejectValue(prefix + ".level", "catalogue.row.language.levelMissing");
				ok = false;
			}
			if (ok) {
				valid.add(row);
			}
		}
		return valid;
	}

}
