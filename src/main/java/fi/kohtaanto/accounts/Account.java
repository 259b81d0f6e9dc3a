package fi.kohtaanto.accounts;

import java.time.Instant;

import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "app_user")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String username;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "display_name")
	private String displayName;

	private @Nullable String email;

	@Column(name = "organisation_id")
	private long organisationId;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Account() {
		this.username = this.passwordHash = this.displayName = "";
		this.role = Role.ADVISOR;
		this.createdAt = Instant.now();
	}

	Account(String username, String passwordHash, String displayName, OrganisationId organisation, Role role) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.organisationId = organisation.value();
		this.role = role;
		this.enabled = true;
		this.createdAt = Instant.now();
	}

	UserId id() {
		return UserId.of(id);
	}

	String username() {
		return username;
	}

	String passwordHash() {
		return passwordHash;
	}

	boolean enabled() {
		return enabled;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(id(), username, displayName, OrganisationId.of(organisationId), role);
	}

	UserSummary summary() {
		return new UserSummary(id(), username, displayName, OrganisationId.of(organisationId), role, enabled);
	}

}
