package fi.kohtaanto.vacancies.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.audit.AuditAction;
import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.catalogue.Concept;
import fi.kohtaanto.catalogue.Municipality;
import fi.kohtaanto.employers.EmployerView;
import fi.kohtaanto.employers.Employers;
import fi.kohtaanto.shared.NotFoundException;
import fi.kohtaanto.shared.VacancyId;
import fi.kohtaanto.vacancies.AdDraft;
import fi.kohtaanto.vacancies.AdSection;
import fi.kohtaanto.vacancies.AdVariant;
import fi.kohtaanto.vacancies.VacancyData;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composing a vacancy's bilingual job ad from the phrase bank and free sentences, and rendering it. Every change is
 * audited on the vacancy; a change made through a self-service link says so.
 */
@Service
@Transactional
class JobAdService {

	/** More sentences than this is no longer an ad anyone reads. */
	static final int MAX_SENTENCES = 60;

	private final JdbcClient jdbc;

	private final VacancyService vacancies;

	private final PhraseBank phrases;

	private final VacancyGuard guard;

	private final Catalogue catalogue;

	private final Employers employers;

	JobAdService(JdbcClient jdbc, VacancyService vacancies, PhraseBank phrases, VacancyGuard guard,
			Catalogue catalogue, Employers employers) {
		this.jdbc = jdbc;
		this.vacancies = vacancies;
		this.phrases = phrases;
		this.guard = guard;
		this.catalogue = catalogue;
		this.employers = employers;
	}

	/**
	 * Who edits an ad: a staff member, or the employer through a self-service link (then {@code linkId} is set and
	 * the actor stands for the link in the audit log).
	 */
	record Editor(CurrentUser actor, @Nullable Long linkId) {

		static Editor staff(CurrentUser user) {
			return new Editor(user, null);
		}

		String details(String what) {
			return linkId == null ? what : "via self-service link " + linkId + ": " + what;
		}

	}

	/** Thrown when the ad already has {@link #MAX_SENTENCES} sentences. */
	static class AdFullException extends RuntimeException {

		AdFullException() {
			super("The ad has the maximum number of sentences");
		}

	}

	// Reading.

	@Transactional(readOnly = true)
	JobAd.View view(VacancyRecord vacancy) {
		EmployerView employer = employers.find(vacancy.data().employer()).orElseThrow(NotFoundException::new);
		return JobAd.render(vacancy, employer, content(vacancy), slotValues(vacancy, employer));
	}

	/** The ad's JSON-LD in one variant; {@code url} is the public page, if the vacancy has one. */
	@Transactional(readOnly = true)
	String jsonLd(JobAd.View view, AdVariant variant, @Nullable String url) {
		VacancyData data = view.vacancy().data();
		List<String> uris = new java.util.ArrayList<>(data.requiredSkillUris());
		uris.add(data.occupationUri());
		Map<String, Concept> concepts = catalogue.concepts(uris);
		List<Concept> skills = data.requiredSkillUris().stream().map(concepts::get).filter(java.util.Objects::nonNull)
			.toList();
		return JobPostingJsonLd.of(view, variant, concepts.get(data.occupationUri()), skills,
				catalogue.municipality(data.municipalityCode()).orElse(null), url);
	}

	/** The stored titles of the vacancies that have an ad. */
	@Transactional(readOnly = true)
	Map<VacancyId, JobAd.Titles> titles(List<VacancyId> ids) {
		Map<VacancyId, JobAd.Titles> titles = new java.util.HashMap<>();
		if (ids.isEmpty()) {
			return titles;
		}
		jdbc.sql("select vacancy_id, title_fi, title_en from job_ad where vacancy_id = any(:ids)")
			.param("ids", ids.stream().map(VacancyId::value).toArray(Long[]::new))
			.query((rs, row) -> titles.put(VacancyId.of(rs.getLong("vacancy_id")),
					new JobAd.Titles(rs.getString("title_fi"), rs.getString("title_en"))))
			.list();
		return titles;
	}

	private JobAd.Content content(VacancyRecord vacancy) {
		Optional<JobAd.Titles> titles = jdbc.sql("select title_fi, title_en from job_ad where vacancy_id = :id")
			.param("id", vacancy.id().value())
			.query((rs, row) -> new JobAd.Titles(rs.getString("title_fi"), rs.getString("title_en")))
			.optional();
		if (titles.isEmpty()) {
			return new JobAd.Content(false, defaultTitles(vacancy), List.of());
		}
		record Row(long id, AdSection section, int position, @Nullable Long phraseId, @Nullable String fi,
				@Nullable String en, @Nullable String plain) {
		}
		List<Row> rows = jdbc.sql("""
				select id, section, position, phrase_id, text_fi, text_en, text_plain from job_ad_sentence
				where vacancy_id = :id order by position, id""")
			.param("id", vacancy.id().value())
			.query((rs, row) -> new Row(rs.getLong("id"), AdSection.valueOf(rs.getString("section")),
					rs.getInt("position"), (Long) rs.getObject("phrase_id"), rs.getString("text_fi"),
					rs.getString("text_en"), rs.getString("text_plain")))
			.list();
		Map<Long, Phrase> bank = phrases
			.all(rows.stream().map(Row::phraseId).filter(java.util.Objects::nonNull).distinct().toList());
		List<JobAd.Line> lines = rows.stream()
			.map(row -> new JobAd.Line(row.id(), row.section(), row.position(),
					row.phraseId() == null ? null : bank.get(row.phraseId()), row.fi(), row.en(), row.plain()))
			.toList();
		return new JobAd.Content(true, titles.get(), lines);
	}

	/** The vacancy's own title in Finnish; in English the occupation's English name. */
	private JobAd.Titles defaultTitles(VacancyRecord vacancy) {
		String english = catalogue.concept(vacancy.data().occupationUri())
			.map(Concept::labelEn)
			.map(label -> label.substring(0, 1).toUpperCase(Locale.ENGLISH) + label.substring(1))
			.orElse(vacancy.data().title());
		return new JobAd.Titles(vacancy.data().title(), english);
	}

	private Map<Slot, Slot.Values> slotValues(VacancyRecord vacancy, EmployerView employer) {
		VacancyData data = vacancy.data();
		Map<Slot, Slot.Values> values = new EnumMap<>(Slot.class);
		values.put(Slot.EMPLOYER, Slot.Values.same(employer.name()));
		catalogue.concept(data.occupationUri())
			.ifPresent(occupation -> values.put(Slot.OCCUPATION, new Slot.Values(
					occupation.labelFi() != null ? occupation.labelFi() : occupation.labelEn(), occupation.labelEn())));
		Optional<Municipality> municipality = catalogue.municipality(data.municipalityCode());
		municipality.ifPresent(found -> values.put(Slot.MUNICIPALITY, new Slot.Values(found.nameFi(), found.nameEn())));
		values.put(Slot.PLACES, Slot.Values.same(String.valueOf(data.places())));
		values.put(Slot.START_DATE, Slot.Values.date(data.startDate()));
		values.put(Slot.APPLY_BY, Slot.Values.date(data.applyBy()));
		values.put(Slot.CONTACT, Slot.Values.same(data.applicationContact()));
		return values;
	}

	// Changes.

	void setTitles(Editor editor, VacancyId id, String titleFi, String titleEn) {
		VacancyRecord vacancy = editable(editor, id);
		ensureAd(vacancy);
		jdbc.sql("update job_ad set title_fi = :fi, title_en = :en where vacancy_id = :id")
			.param("fi", titleFi.strip())
			.param("en", titleEn.strip())
			.param("id", id.value())
			.update();
		changed(editor, vacancy, "titles");
	}

	/** @throws NotFoundException if the phrase is not (or no longer) offered */
	void addPhrase(Editor editor, VacancyId id, long phraseId) {
		VacancyRecord vacancy = editable(editor, id);
		Phrase phrase = phrases.find(phraseId).orElseThrow(NotFoundException::new);
		insert(vacancy, phrase.section(), phrase.id(), null, null, null);
		changed(editor, vacancy, "sentences");
	}

	void addSentence(Editor editor, VacancyId id, AdSection section, String fi, String en, @Nullable String plain) {
		VacancyRecord vacancy = editable(editor, id);
		insert(vacancy, section, null, fi.strip(), en.strip(), VacancyService.blankToNull(plain));
		changed(editor, vacancy, "sentences");
	}

	void remove(Editor editor, VacancyId id, long sentenceId) {
		VacancyRecord vacancy = editable(editor, id);
		int removed = jdbc.sql("delete from job_ad_sentence where id = :sentence and vacancy_id = :id")
			.param("sentence", sentenceId)
			.param("id", id.value())
			.update();
		if (removed == 0) {
			throw new NotFoundException();
		}
		changed(editor, vacancy, "sentences");
	}

	/** Swaps the sentence with its neighbour above or below in the same section; at the edge nothing moves. */
	void move(Editor editor, VacancyId id, long sentenceId, boolean up) {
		VacancyRecord vacancy = editable(editor, id);
		record Place(long id, String section, int position) {
		}
		Place place = jdbc.sql("select id, section, position from job_ad_sentence where id = :sentence and vacancy_id = :id")
			.param("sentence", sentenceId)
			.param("id", id.value())
			.query((rs, row) -> new Place(rs.getLong("id"), rs.getString("section"), rs.getInt("position")))
			.optional()
			.orElseThrow(NotFoundException::new);
		Optional<Place> neighbour = jdbc.sql("select id, section, position from job_ad_sentence "
				+ "where vacancy_id = :id and section = :section and position " + (up ? "<" : ">") + " :position "
				+ "order by position " + (up ? "desc" : "asc") + " limit 1")
			.param("id", id.value())
			.param("section", place.section())
			.param("position", place.position())
			.query((rs, row) -> new Place(rs.getLong("id"), rs.getString("section"), rs.getInt("position")))
			.optional();
		if (neighbour.isEmpty()) {
			return;
		}
		setPosition(place.id(), neighbour.get().position());
		setPosition(neighbour.get().id(), place.position());
		changed(editor, vacancy, "order");
	}

	/** Replaces the whole ad, for other modules. */
	void compose(CurrentUser user, VacancyId id, AdDraft draft) {
		Editor editor = Editor.staff(user);
		VacancyRecord vacancy = editable(editor, id);
		if (draft.sentences().size() > MAX_SENTENCES || draft.titleFi().isBlank() || draft.titleEn().isBlank()) {
			throw new IllegalArgumentException("Titles missing or too many sentences");
		}
		ensureAd(vacancy);
		jdbc.sql("delete from job_ad_sentence where vacancy_id = :id").param("id", id.value()).update();
		jdbc.sql("update job_ad set title_fi = :fi, title_en = :en where vacancy_id = :id")
			.param("fi", draft.titleFi().strip())
			.param("en", draft.titleEn().strip())
			.param("id", id.value())
			.update();
		for (AdDraft.Sentence sentence : draft.sentences()) {
			if (sentence.phraseCode() != null) {
				Phrase phrase = phrases.byCode(sentence.phraseCode())
					.orElseThrow(() -> new IllegalArgumentException("No phrase " + sentence.phraseCode()));
				insert(vacancy, phrase.section(), phrase.id(), null, null, null);
			}
			else if (sentence.fi() == null || sentence.fi().isBlank() || sentence.en() == null
					|| sentence.en().isBlank()) {
				throw new IllegalArgumentException("A free sentence needs Finnish and English");
			}
			else {
				insert(vacancy, sentence.section(), null, sentence.fi().strip(), sentence.en().strip(),
						VacancyService.blankToNull(sentence.plain()));
			}
		}
		changed(editor, vacancy, "composed");
	}

	private VacancyRecord editable(Editor editor, VacancyId id) {
		if (editor.linkId() == null) {
			VacancyGuard.requireStaff(editor.actor());
		}
		return vacancies.load(id).orElseThrow(NotFoundException::new);
	}

	private void ensureAd(VacancyRecord vacancy) {
		JobAd.Titles titles = defaultTitles(vacancy);
		jdbc.sql("""
				insert into job_ad (vacancy_id, title_fi, title_en) values (:id, :fi, :en)
				on conflict (vacancy_id) do nothing""")
			.param("id", vacancy.id().value())
			.param("fi", titles.fi())
			.param("en", titles.en())
			.update();
	}

	private void insert(VacancyRecord vacancy, AdSection section, @Nullable Long phraseId, @Nullable String fi,
			@Nullable String en, @Nullable String plain) {
		ensureAd(vacancy);
		long count = jdbc.sql("select count(*) from job_ad_sentence where vacancy_id = :id")
			.param("id", vacancy.id().value())
			.query(Long.class)
			.single();
		if (count >= MAX_SENTENCES) {
			throw new AdFullException();
		}
		jdbc.sql("""
				insert into job_ad_sentence (vacancy_id, section, position, phrase_id, text_fi, text_en, text_plain)
				values (:id, :section, (select coalesce(max(position), 0) + 1 from job_ad_sentence
				    where vacancy_id = :id and section = :section), :phrase, :fi, :en, :plain)""")
			.param("id", vacancy.id().value())
			.param("section", section.name())
			.param("phrase", phraseId)
			.param("fi", fi)
			.param("en", en)
			.param("plain", plain)
			.update();
	}

	private void setPosition(long sentenceId, int position) {
		jdbc.sql("update job_ad_sentence set position = :position where id = :id")
			.param("position", position)
			.param("id", sentenceId)
			.update();
	}

	private void changed(Editor editor, VacancyRecord vacancy, String what) {
		jdbc.sql("update job_ad set updated_at = now() where vacancy_id = :id")
			.param("id", vacancy.id().value())
			.update();
		guard.audit(editor.actor(), AuditAction.UPDATE, vacancy.id(), vacancy.createdBy(), editor.details("ad: " + what));
	}

}
