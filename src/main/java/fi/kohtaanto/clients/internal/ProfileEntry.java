package fi.kohtaanto.clients.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * An ESCO occupation or skill in the client's profile.
 */
@Embeddable
public record ProfileEntry(@Column(name = "concept_uri") String conceptUri,
		@Column(name = "experience_years") @Nullable BigDecimal experienceYears) {
}
