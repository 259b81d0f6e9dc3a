package fi.kohtaanto.vacancies.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import fi.kohtaanto.vacancies.AdSection;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The phrase bank: the sentences of {@code vacancies/phrase-bank.tsv}, kept in the table {@code job_ad_phrase}. At
 * start-up (before the demo data) the table is brought in step with the file: new phrases are added, changed texts
 * updated, and phrases no longer in the file deactivated, because ads may still use them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PhraseBank implements ApplicationRunner {

	static final String FILE = "vacancies/phrase-bank.tsv";

	private final JdbcClient jdbc;

	PhraseBank(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		synchronise(read());
	}

	/** The phrases of the file, in order; a line that is not five tab-separated columns is an error. */
	static List<Phrase> read() {
		List<Phrase> phrases = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t", -1);
				if (columns.length != 5) {
					throw new IllegalStateException(FILE + " line " + number + ": expected 5 columns");
				}
				phrases.add(new Phrase(0, columns[0].strip(), AdSection.valueOf(columns[1].strip()),
						columns[2].strip(), columns[3].strip(), columns[4].strip()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return phrases;
	}

	void synchronise(List<Phrase> phrases) {
		int position = 0;
		for (Phrase phrase : phrases) {
			jdbc.sql("""
					insert into job_ad_phrase (code, section, position, text_fi, text_en, text_plain, active)
					values (:code, :section, :position, :fi, :en, :plain, true)
					on conflict (code) do update set section = excluded.section, position = excluded.position,
					    text_fi = excluded.text_fi, text_en = excluded.text_en, text_plain = excluded.text_plain,
					    active = true""")
				.param("code", phrase.code())
				.param("section", phrase.section().name())
				.param("position", position++)
				.param("fi", phrase.fi())
				.param("en", phrase.en())
				.param("plain", phrase.plain())
				.update();
		}
		jdbc.sql("update job_ad_phrase set active = false where not (code = any(:codes))")
			.param("codes", phrases.stream().map(Phrase::code).toArray(String[]::new))
			.update();
	}

	/** The phrases offered for new ads, by section, in the order of the file. */
	Map<AdSection, List<Phrase>> offered() {
		Map<AdSection, List<Phrase>> bySection = new EnumMap<>(AdSection.class);
		for (AdSection section : AdSection.values()) {
			bySection.put(section, new ArrayList<>());
		}
		jdbc.sql("select * from job_ad_phrase where active order by position")
			.query(PhraseBank::phrase)
			.list()
			.forEach(phrase -> bySection.get(phrase.section()).add(phrase));
		return bySection;
	}

	/** An active phrase. */
	Optional<Phrase> find(long id) {
		return jdbc.sql("select * from job_ad_phrase where id = :id and active")
			.param("id", id)
			.query(PhraseBank::phrase)
			.optional();
	}

	Optional<Phrase> byCode(String code) {
		return jdbc.sql("select * from job_ad_phrase where code = :code and active")
			.param("code", code)
			.query(PhraseBank::phrase)
			.optional();
	}

	/** Phrases by id, inactive ones included, for showing existing ads. */
	Map<Long, Phrase> all(List<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select * from job_ad_phrase where id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query(PhraseBank::phrase)
			.list()
			.stream()
			.collect(Collectors.toMap(Phrase::id, phrase -> phrase));
	}

	private static Phrase phrase(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Phrase(rs.getLong("id"), rs.getString("code"), AdSection.valueOf(rs.getString("section")),
				rs.getString("text_fi"), rs.getString("text_en"), rs.getString("text_plain"));
	}

}
