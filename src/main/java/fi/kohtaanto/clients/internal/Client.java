package fi.kohtaanto.clients.internal;

import fi.kohtaanto.clients.ClientRef;
import fi.kohtaanto.clients.Gender;
import fi.kohtaanto.clients.LabourMarketStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fi.kohtaanto.catalogue.IscedLevel;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.UserId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A client's record. The aggregate holds the languages and the skills profile; consents and path plans live in their
 * own modules and refer to the client by id.
 */
@Entity
@Table(name = "client")
class Client {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "owner_organisation_id")
	private long ownerOrganisationId;

	@Column(name = "responsible_user_id")
	private @Nullable Long responsibleUserId;

	@Column(name = "first_name")
	private String firstName = "";

	@Column(name = "last_name")
	private String lastName = "";

	private @Nullable String email;

	private @Nullable String phone;

	@Column(name = "birth_year")
	private int birthYear;

	@Enumerated(EnumType.STRING)
	private Gender gender = Gender.NOT_TOLD;

	@Enumerated(EnumType.STRING)
	@Column(name = "labour_market_status")
	private LabourMarketStatus labourMarketStatus = LabourMarketStatus.UNEMPLOYED;

	@Enumerated(EnumType.STRING)
	@Column(name = "isced_level")
	private IscedLevel iscedLevel = IscedLevel.ISCED_3;

	private String citizenship = "";

	@Column(name = "foreign_background")
	private boolean foreignBackground;

	@Column(name = "municipality_code")
	private String municipalityCode = "";

	@Column(name = "entry_date")
	private LocalDate entryDate = LocalDate.now();

	@Column(name = "service_needs")
	private @Nullable String serviceNeeds;

	@Column(name = "available_from")
	private @Nullable LocalDate availableFrom;

	@Column(name = "willing_to_relocate")
	private boolean willingToRelocate;

	@Column(name = "created_at")
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at")
	private Instant updatedAt = Instant.now();

	@Version
	private int version;

	@ElementCollection
	@CollectionTable(name = "client_language", joinColumns = @JoinColumn(name = "client_id"))
	@OrderColumn(name = "position")
	private List<LanguageSkill> languages = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "client_occupation", joinColumns = @JoinColumn(name = "client_id"))
	@OrderColumn(name = "position")
	private List<ProfileEntry> occupations = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "client_skill", joinColumns = @JoinColumn(name = "client_id"))
	@OrderColumn(name = "position")
	private List<ProfileEntry> skills = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "client_education", joinColumns = @JoinColumn(name = "client_id"))
	@OrderColumn(name = "position")
	private List<Education> education = new ArrayList<>();

	protected Client() {
	}

	Client(OrganisationId owner, UserId responsible) {
		this.ownerOrganisationId = owner.value();
		this.responsibleUserId = responsible.value();
	}

	ClientId id() {
		return ClientId.of(id);
	}

	OrganisationId owner() {
		return OrganisationId.of(ownerOrganisationId);
	}

	ClientRef ref() {
		return new ClientRef(id(), displayName(), owner());
	}

	String displayName() {
		return firstName + " " + lastName;
	}

	int version() {
		return version;
	}

	@Nullable
	UserId responsible() {
		return responsibleUserId == null ? null : UserId.of(responsibleUserId);
	}

	void setResponsible(@Nullable UserId responsible) {
		this.responsibleUserId = responsible == null ? null : responsible.value();
	}

	/** Replaces the basic data; returns the names of the fields that changed, for the audit log. */
	List<String> update(ClientData data) {
		List<String> changed = new ArrayList<>();
		firstName = track(changed, "firstName", firstName, data.firstName());
		lastName = track(changed, "lastName", lastName, data.lastName());
		email = track(changed, "email", email, data.email());
		phone = track(changed, "phone", phone, data.phone());
		birthYear = track(changed, "birthYear", birthYear, data.birthYear());
		gender = track(changed, "gender", gender, data.gender());
		labourMarketStatus = track(changed, "labourMarketStatus", labourMarketStatus, data.labourMarketStatus());
		iscedLevel = track(changed, "iscedLevel", iscedLevel, data.iscedLevel());
		citizenship = track(changed, "citizenship", citizenship, data.citizenship());
		foreignBackground = track(changed, "foreignBackground", foreignBackground, data.foreignBackground());
		municipalityCode = track(changed, "municipality", municipalityCode, data.municipalityCode());
		entryDate = track(changed, "entryDate", entryDate, data.entryDate());
		serviceNeeds = track(changed, "serviceNeeds", serviceNeeds, data.serviceNeeds());
		availableFrom = track(changed, "availableFrom", availableFrom, data.availableFrom());
		willingToRelocate = track(changed, "willingToRelocate", willingToRelocate, data.willingToRelocate());
		if (!languages.equals(data.languages())) {
			changed.add("languages");
			languages.clear();
			languages.addAll(data.languages());
		}
		if (!changed.isEmpty()) {
			updatedAt = Instant.now();
		}
		return changed;
	}

	private static <T> T track(List<String> changed, String field, T current, T next) {
		if (!java.util.Objects.equals(current, next)) {
			changed.add(field);
		}
		return next;
	}

	ClientData data() {
		return new ClientData(firstName, lastName, email, phone, birthYear, gender, labourMarketStatus, iscedLevel,
				citizenship, foreignBackground, municipalityCode, entryDate, serviceNeeds, List.copyOf(languages),
				availableFrom, willingToRelocate);
	}

	List<ProfileEntry> occupations() {
		return occupations;
	}

	List<ProfileEntry> skills() {
		return skills;
	}

	List<Education> education() {
		return education;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	void touch() {
		updatedAt = Instant.now();
	}

}
