package fi.kohtaanto.catalogue;

import org.jspecify.annotations.Nullable;

/**
 * One row of a table of languages with a CEFR level on a form: a language a client speaks, or one an employer
 * requires at a minimum level. A row with neither language nor level is ignored; {@link FormRows#validateLanguages}
 * checks the others.
 */
public class LanguageRow {

	private String code = "";

	private @Nullable CefrLevel level;

	public LanguageRow() {
	}

	public LanguageRow(String code, @Nullable CefrLevel level) {
		this.code = code;
		this.level = level;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code == null ? "" : code.strip();
	}

	public @Nullable CefrLevel getLevel() {
		return level;
	}

	public void setLevel(@Nullable CefrLevel level) {
		this.level = level;
	}

	public boolean blank() {
		return code.isBlank() && level == null;
	}

}
