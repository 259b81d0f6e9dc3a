package fi.kohtaanto.employers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.shared.EmployerId;

/**
 * The employer registry for other modules. Reading needs no user: the views hold no personal data. Changes take the
 * user who makes them, are refused for users who do not work with employers (admins), and are audited.
 */
public interface Employers {

	Optional<EmployerView> find(EmployerId id);

	/** The employers with these ids; unknown ids are left out. */
	List<EmployerView> findAll(Collection<EmployerId> ids);

	/** All employers, ordered by name. */
	List<EmployerView> all();

	/** Employers whose name contains the text or whose business ID starts with it, ordered by name. */
	List<EmployerView> search(String text);

	Optional<EmployerView> findByBusinessId(BusinessId businessId);

	/** The contacts recorded between the two days (both included), oldest first. */
	List<EmployerContact> contactsBetween(LocalDate from, LocalDate to);

	/**
	 * Everything that counts as supporting an employer between the two days (both included): contacts and visits,
	 * needs surveys and collaboration agreements, oldest first. A reporting module counts the distinct employers per
	 * organisation from this, and classifies them with {@link EmployerView#sme()} and
	 * {@link EmployerView#publicAdministration()}.
	 */
	List<EmployerSupport> supportBetween(LocalDate from, LocalDate to);

	/**
	 * Adds an employer to the registry, in the name of the user's organisation.
	 * @throws DuplicateEmployerException if the business ID is already registered
	 * @throws IllegalArgumentException if the business ID or the municipality is not valid
	 */
	EmployerId register(CurrentUser user, EmployerData data);

	/** @return the id of the new contact person */
	long addContactPerson(CurrentUser user, EmployerId employer, ContactPersonData person);

	/** Records a contact or visit in the name of the user and the user's organisation. */
	long recordContact(CurrentUser user, EmployerId employer, ContactData contact);

	/**
	 * Records a needs survey in the name of the user and the user's organisation.
	 * @throws IllegalArgumentException if a concept URI is not in the catalogue
	 */
	long recordNeedsSurvey(CurrentUser user, EmployerId employer, NeedsSurveyData survey);

	long addAgreement(CurrentUser user, EmployerId employer, AgreementData agreement);

}
