package fi.kohtaanto.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface AccountRepository extends CrudRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	@Query("select a.enabled from Account a where a.id = :id")
	Optional<Boolean> enabledById(long id);

	List<Account> findByOrganisationIdOrderByDisplayName(long organisationId);

	List<Account> findAllByOrderByOrganisationIdAscDisplayNameAsc();

}
