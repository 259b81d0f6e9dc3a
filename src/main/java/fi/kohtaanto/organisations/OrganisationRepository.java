package fi.kohtaanto.organisations;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface OrganisationRepository extends CrudRepository<Organisation, Long> {

	List<Organisation> findAllByOrderByShortName();

	Optional<Organisation> findByShortName(String shortName);

}
