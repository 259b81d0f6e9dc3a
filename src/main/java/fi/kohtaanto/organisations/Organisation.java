package fi.kohtaanto.organisations;

import fi.kohtaanto.shared.OrganisationId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "organisation")
class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "short_name")
	private String shortName;

	@Column(name = "name_fi")
	private String nameFi;

	@Column(name = "name_sv")
	private String nameSv;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "business_id")
	private @Nullable String businessId;

	protected Organisation() {
		this.shortName = this.nameFi = this.nameSv = this.nameEn = "";
	}

	Organisation(String shortName, String nameFi, String nameSv, String nameEn, @Nullable String businessId) {
		this.shortName = shortName;
		this.nameFi = nameFi;
		this.nameSv = nameSv;
		this.nameEn = nameEn;
		this.businessId = businessId;
	}

	OrganisationView view() {
		return new OrganisationView(OrganisationId.of(id), shortName, nameFi, nameSv, nameEn);
	}

}
