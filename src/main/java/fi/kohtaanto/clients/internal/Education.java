package fi.kohtaanto.clients.internal;

import fi.kohtaanto.catalogue.IscedLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * A completed degree or qualification.
 */
@Embeddable
public record Education(@Enumerated(EnumType.STRING) @Column(name = "isced_level") IscedLevel iscedLevel,
		@Column(name = "title") String title, @Column(name = "institution") @Nullable String institution,
		@Column(name = "country") @Nullable String country,
		@Column(name = "completed_year") @Nullable Integer completedYear) {
}
