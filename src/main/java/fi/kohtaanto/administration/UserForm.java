package fi.kohtaanto.administration;

import fi.kohtaanto.accounts.Role;
import fi.kohtaanto.shared.NoMarkup;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The form that creates a staff account.
 */
public class UserForm {

	@NotBlank
	@Pattern(regexp = "^$|^[a-z0-9][a-z0-9._-]{2,59}$", message = "{user.username.format}")
	private String username = "";

	@NotBlank
	@Size(max = 120)
	@NoMarkup
	private String displayName = "";

	@NotNull
	private @Nullable Long organisationId;

	@NotNull
	private @Nullable Role role;

	/** At least 12 characters: long passwords beat complicated ones (NIST SP 800-63B). */
	@NotBlank
	@Size(min = 12, max = 100)
	private String password = "";

	public String getUsername() {
		return username;
	}

	public void setUsername(@Nullable String username) {
		this.username = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(@Nullable String displayName) {
		this.displayName = displayName == null ? "" : displayName.strip();
	}

	public @Nullable Long getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(@Nullable Long organisationId) {
		this.organisationId = organisationId;
	}

	public @Nullable Role getRole() {
		return role;
	}

	public void setRole(@Nullable Role role) {
		this.role = role;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password == null ? "" : password;
	}

}
