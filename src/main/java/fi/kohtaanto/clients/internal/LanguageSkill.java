package fi.kohtaanto.clients.internal;

import fi.kohtaanto.catalogue.CefrLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A language the client speaks, with its level.
 */
@Embeddable
public record LanguageSkill(@Column(name = "language_code") String languageCode,
		@Enumerated(EnumType.STRING) @Column(name = "level") CefrLevel level) {
}
