package fi.kohtaanto.organisations;

import java.util.List;
import java.util.Optional;

import fi.kohtaanto.shared.OrganisationId;

/**
 * Read access to the organisations of the network, and registration of new ones.
 */
public interface Organisations {

	/** All organisations, ordered by short name. */
	List<OrganisationView> all();

	Optional<OrganisationView> find(OrganisationId id);

	/** @throws java.util.NoSuchElementException if there is no such organisation */
	default OrganisationView get(OrganisationId id) {
		return find(id).orElseThrow();
	}

	Optional<OrganisationView> findByShortName(String shortName);

	/**
	 * Registers an organisation.
	 * @param businessId Finnish business ID (Y-tunnus), may be {@literal null}
	 */
	OrganisationView register(String shortName, String nameFi, String nameSv, String nameEn, String businessId);

}
