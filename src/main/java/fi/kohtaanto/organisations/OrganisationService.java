package fi.kohtaanto.organisations;

import java.util.List;
import java.util.Optional;

import fi.kohtaanto.shared.OrganisationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class OrganisationService implements Organisations {

	private final OrganisationRepository repository;

	OrganisationService(OrganisationRepository repository) {
		this.repository = repository;
	}

	@Override
	public List<OrganisationView> all() {
		return repository.findAllByOrderByShortName().stream().map(Organisation::view).toList();
	}

	@Override
	public Optional<OrganisationView> find(OrganisationId id) {
		return repository.findById(id.value()).map(Organisation::view);
	}

	@Override
	public Optional<OrganisationView> findByShortName(String shortName) {
		return repository.findByShortName(shortName).map(Organisation::view);
	}

	@Override
	@Transactional
	public OrganisationView register(String shortName, String nameFi, String nameSv, String nameEn,
			String businessId) {
		return repository.save(new Organisation(shortName, nameFi, nameSv, nameEn, businessId)).view();
	}

}
