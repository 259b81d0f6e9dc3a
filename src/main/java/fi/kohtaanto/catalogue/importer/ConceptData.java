package fi.kohtaanto.catalogue.importer;

import java.util.ArrayList;
import java.util.List;

import fi.kohtaanto.catalogue.ConceptType;
import org.jspecify.annotations.Nullable;

/**
 * One occupation or skill as read from the files, with every label it can be found by.
 */
final class ConceptData {

	final String uri;

	final ConceptType type;

	final String labelEn;

	@Nullable String labelFi;

	final @Nullable String iscoCode;

	final @Nullable String skillType;

	final List<String> altEn = new ArrayList<>();

	final List<String> altFi = new ArrayList<>();

	/** Labels that are searched but never shown: ESCO's hidden labels and Finnish keyword strings. */
	final List<String> hiddenEn = new ArrayList<>();

	final List<String> hiddenFi = new ArrayList<>();

	ConceptData(String uri, ConceptType type, String labelEn, @Nullable String labelFi, @Nullable String iscoCode,
			@Nullable String skillType) {
		this.uri = uri;
		this.type = type;
		this.labelEn = labelEn;
		this.labelFi = labelFi;
		this.iscoCode = iscoCode;
		this.skillType = skillType;
	}

}
