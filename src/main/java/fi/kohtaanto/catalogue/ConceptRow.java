package fi.kohtaanto.catalogue;

/**
 * One concept picker in a list of them on a form (for example the skills a vacancy needs). Binds the picker's two
 * fields: {@code uri} (the chosen concept, empty without JavaScript) and {@code uriText} (what the user typed).
 * {@link FormRows#resolveConcepts} turns the rows into concepts.
 */
public class ConceptRow {

	private String uri = "";

	private String uriText = "";

	public ConceptRow() {
	}

	public ConceptRow(String uri, String uriText) {
		this.uri = uri;
		this.uriText = uriText;
	}

	public static ConceptRow of(Concept concept, java.util.Locale locale) {
		return new ConceptRow(concept.uri(), concept.label(locale));
	}

	public String getUri() {
		return uri;
	}

	public void setUri(String uri) {
		this.uri = uri == null ? "" : uri.strip();
	}

	public String getUriText() {
		return uriText;
	}

	public void setUriText(String uriText) {
		this.uriText = uriText == null ? "" : uriText.strip();
	}

	public boolean blank() {
		return uri.isEmpty() && uriText.isEmpty();
	}

}
