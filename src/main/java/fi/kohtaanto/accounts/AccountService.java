package fi.kohtaanto.accounts;

import java.util.List;
import java.util.Optional;

import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.UserId;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AccountService implements Accounts, UserDetailsService {

	private final AccountRepository repository;

	private final PasswordEncoder passwordEncoder;

	AccountService(AccountRepository repository, PasswordEncoder passwordEncoder) {
		this.repository = repository;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = repository.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return new AccountPrincipal(account.toCurrentUser(), account.passwordHash(), account.enabled());
	}

	@Override
	public Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.user());
		}
		return Optional.empty();
	}

	@Override
	public Optional<UserSummary> find(UserId id) {
		return repository.findById(id.value()).map(Account::summary);
	}

	@Override
	public List<UserSummary> usersOf(OrganisationId organisation) {
		return repository.findByOrganisationIdOrderByDisplayName(organisation.value())
			.stream()
			.map(Account::summary)
			.toList();
	}

	@Override
	public List<UserSummary> all() {
		return repository.findAllByOrderByOrganisationIdAscDisplayNameAsc().stream().map(Account::summary).toList();
	}

	@Override
	@Transactional
	public UserSummary create(String username, String displayName, OrganisationId organisation, Role role,
			String rawPassword) {
		if (repository.existsByUsername(username)) {
			throw new UsernameTakenException(username);
		}
		Account account = new Account(username, passwordEncoder.encode(rawPassword), displayName, organisation, role);
		return repository.save(account).summary();
	}

	@Override
	@Transactional
	public void setEnabled(UserId id, boolean enabled) {
		repository.findById(id.value()).orElseThrow().setEnabled(enabled);
	}

}
