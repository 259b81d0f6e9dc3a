package fi.kohtaanto.accounts;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal of a signed-in user; carries the {@link CurrentUser} so that no request needs to look the
 * account up again.
 */
final class AccountPrincipal implements UserDetails {

	private final CurrentUser user;

	private final String passwordHash;

	private final boolean enabled;

	AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	CurrentUser user() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(user.role().authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

}
