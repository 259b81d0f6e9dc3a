package fi.kohtaanto.events.internal;

import fi.kohtaanto.shared.NoMarkup;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The public registration form: as little as an organiser needs, with the person's agreement.
 */
public class SelfRegistrationForm {

	@NotBlank
	@Size(max = 200)
	@NoMarkup
	private String name = "";

	@NotBlank
	@Email
	@Size(max = 200)
	private String email = "";

	@Pattern(regexp = "^$|^\\+?[0-9][0-9 ()-]{4,24}$", message = "{validation.phone}")
	private String phone = "";

	@Pattern(regexp = "^$|^[a-z]{2,3}$")
	private String language = "";

	@AssertTrue(message = "{registration.agree.required}")
	private boolean agree;

	SelfRegistration toRegistration() {
		return new SelfRegistration(name.strip(), email.strip(), phone.isBlank() ? null : phone.strip(),
				language.isBlank() ? null : language);
	}

	public String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name == null ? "" : name;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email == null ? "" : email.strip();
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone == null ? "" : phone.strip();
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(@Nullable String language) {
		this.language = language == null ? "" : language;
	}

	public boolean isAgree() {
		return agree;
	}

	public void setAgree(boolean agree) {
		this.agree = agree;
	}

}
