package fi.kohtaanto.catalogue.importer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import fi.kohtaanto.catalogue.ConceptType;
import fi.kohtaanto.catalogue.Municipality;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces the catalogue tables, one transaction per dataset, so that searches running meanwhile keep seeing the
 * previous data until the new data is complete (PostgreSQL readers are never blocked by the writer).
 * <p>
 * Rows go in as whole arrays through {@code unnest}, which is about as fast as COPY and needs only plain JDBC, and
 * only rows that changed are written. Concepts and municipalities are never deleted: the ones the new data lacks are
 * marked inactive, because other modules keep their URIs and codes, and those must still show a label.
 */
@Component
class CatalogueWriter {

	/** Serialises writers across application instances sharing a database. */
	private static final long LOCK = 0x6b6f6874_63617461L;

	private static final int CHUNK = 20_000;

	static final short PREFERRED = 0;

	static final short ALTERNATIVE = 1;

	static final short HIDDEN = 2;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	CatalogueWriter(JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	record Source(String taxonomy, @Nullable Instant taxonomyImportedAt, String municipalities,
			@Nullable Instant municipalitiesImportedAt) {
	}

	record LabelRow(String conceptUri, ConceptType type, String lang, short kind, String label) {
	}

	Optional<Source> source() {
		return jdbc.query("select * from catalogue_source where id = 1",
				(rs, row) -> new Source(rs.getString("source"), instant(rs.getObject("imported_at", OffsetDateTime.class)),
						rs.getString("municipalities_source"),
						instant(rs.getObject("municipalities_imported_at", OffsetDateTime.class))))
			.stream()
			.findFirst();
	}

	/**
	 * Loads the built-in demo data into whichever of the two datasets is still empty.
	 * @return whether anything was loaded
	 */
	boolean loadDemoIfEmpty() {
		Boolean loaded = transactions.execute(status -> {
			lock();
			boolean any = false;
			if (empty("catalogue_concept")) {
				writeTaxonomy(DemoData.taxonomy(), DemoData.SOURCE, null);
				any = true;
			}
			if (empty("catalogue_municipality")) {
				writeMunicipalities(DemoData.municipalities(), DemoData.SOURCE, null);
				any = true;
			}
			return any;
		});
		return Boolean.TRUE.equals(loaded);
	}

	void replaceTaxonomy(TaxonomyData data, String source, @Nullable Instant importedAt) {
		transactions.executeWithoutResult(status -> {
			lock();
			writeTaxonomy(data, source, importedAt);
		});
	}

	void replaceMunicipalities(List<Municipality> municipalities, String source, @Nullable Instant importedAt) {
		transactions.executeWithoutResult(status -> {
			lock();
			writeMunicipalities(municipalities, source, importedAt);
		});
	}

	private void writeTaxonomy(TaxonomyData data, String source, @Nullable Instant importedAt) {
		List<ConceptData> concepts = List.copyOf(data.concepts.values());
		jdbc.execute("""
				create temporary table catalogue_concept_next (uri varchar(200), type varchar(10), label_en text,
				    label_fi text, isco_code varchar(4), skill_type varchar(40)) on commit drop
				""");
		for (List<ConceptData> chunk : chunks(concepts)) {
			jdbc.update("""
					insert into catalogue_concept_next (uri, type, label_en, label_fi, isco_code, skill_type)
					select * from unnest(?::varchar[], ?::varchar[], ?::text[], ?::text[], ?::varchar[], ?::varchar[])
					""", array("varchar", chunk, concept -> concept.uri),
					array("varchar", chunk, concept -> concept.type.name()),
					array("text", chunk, concept -> concept.labelEn), array("text", chunk, concept -> concept.labelFi),
					array("varchar", chunk, concept -> concept.iscoCode),
					array("varchar", chunk, concept -> concept.skillType));
		}
		jdbc.execute("analyze catalogue_concept_next");
		jdbc.update("""
				update catalogue_concept c set active = false
				where c.active and not exists (select 1 from catalogue_concept_next n where n.uri = c.uri)
				""");
		jdbc.update("""
				insert into catalogue_concept (uri, type, label_en, label_fi, isco_code, skill_type, active)
				select uri, type, label_en, label_fi, isco_code, skill_type, true from catalogue_concept_next
				on conflict (uri) do update set type = excluded.type, label_en = excluded.label_en,
				    label_fi = excluded.label_fi, isco_code = excluded.isco_code, skill_type = excluded.skill_type,
				    active = true
				where (catalogue_concept.type, catalogue_concept.label_en, catalogue_concept.label_fi,
				        catalogue_concept.isco_code, catalogue_concept.skill_type, catalogue_concept.active)
				    is distinct from (excluded.type, excluded.label_en, excluded.label_fi, excluded.isco_code,
				        excluded.skill_type, true)
				""");
		// Labels and relations go into temporary tables first; then only the rows that differ are deleted and
		// inserted. A re-import of the same ESCO version thus writes almost nothing (index upkeep is what is slow),
		// and nothing is truncated, which would lock out searches until the transaction ends.
		jdbc.execute("""
				create temporary table catalogue_label_next (concept_uri varchar(200), type varchar(10),
				    lang varchar(2), kind smallint, label text) on commit drop
				""");
		List<LabelRow> labels = new ArrayList<>();
		concepts.forEach(concept -> labels.addAll(labels(concept)));
		for (List<LabelRow> chunk : chunks(labels)) {
			jdbc.update("""
					insert into catalogue_label_next (concept_uri, type, lang, kind, label)
					select concept_uri, type, lang, kind::smallint, label
					from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::int[], ?::text[])
					    as t (concept_uri, type, lang, kind, label)
					""", array("varchar", chunk, LabelRow::conceptUri),
					array("varchar", chunk, row -> row.type().name()), array("varchar", chunk, LabelRow::lang),
					array("int4", chunk, row -> (int) row.kind()), array("text", chunk, LabelRow::label));
		}
		jdbc.execute("analyze catalogue_label_next");
		jdbc.update("""
				delete from catalogue_label l where not exists (select 1 from catalogue_label_next n
				    where n.concept_uri = l.concept_uri and n.type = l.type and n.lang = l.lang and n.kind = l.kind
				        and n.label = l.label)
				""");
		jdbc.update("""
				insert into catalogue_label (concept_uri, type, lang, kind, label)
				select n.concept_uri, n.type, n.lang, n.kind, n.label from catalogue_label_next n
				where not exists (select 1 from catalogue_label l
				    where n.concept_uri = l.concept_uri and n.type = l.type and n.lang = l.lang and n.kind = l.kind
				        and n.label = l.label)
				""");

		jdbc.execute("""
				create temporary table catalogue_relation_next (occupation_uri varchar(200),
				    skill_uri varchar(200), essential boolean) on commit drop
				""");
		for (List<TaxonomyData.Relation> chunk : chunks(data.distinctRelations())) {
			jdbc.update("""
					insert into catalogue_relation_next (occupation_uri, skill_uri, essential)
					select * from unnest(?::varchar[], ?::varchar[], ?::boolean[])
					""", array("varchar", chunk, TaxonomyData.Relation::occupationUri),
					array("varchar", chunk, TaxonomyData.Relation::skillUri),
					array("bool", chunk, TaxonomyData.Relation::essential));
		}
		jdbc.execute("analyze catalogue_relation_next");
		jdbc.update("""
				delete from catalogue_relation r where not exists (select 1 from catalogue_relation_next n
				    where n.occupation_uri = r.occupation_uri and n.skill_uri = r.skill_uri
				        and n.essential = r.essential)
				""");
		jdbc.update("""
				insert into catalogue_relation (occupation_uri, skill_uri, essential)
				select n.occupation_uri, n.skill_uri, n.essential from catalogue_relation_next n
				where not exists (select 1 from catalogue_relation r
				    where n.occupation_uri = r.occupation_uri and n.skill_uri = r.skill_uri)
				""");
		jdbc.update("""
				insert into catalogue_source (id, source, imported_at, municipalities_source) values (1, ?, ?, 'demo')
				on conflict (id) do update set source = excluded.source, imported_at = excluded.imported_at
				""", source, timestamp(importedAt));
	}

	private void writeMunicipalities(List<Municipality> municipalities, String source, @Nullable Instant importedAt) {
		jdbc.update("update catalogue_municipality set active = false where active");
		jdbc.update("""
				insert into catalogue_municipality (code, name_fi, name_sv, name_en, region_code, subregion_code, active)
				select code, name_fi, name_sv, name_en, region_code, subregion_code, true
				from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])
				    as t (code, name_fi, name_sv, name_en, region_code, subregion_code)
				on conflict (code) do update set name_fi = excluded.name_fi, name_sv = excluded.name_sv,
				    name_en = excluded.name_en, region_code = excluded.region_code,
				    subregion_code = excluded.subregion_code, active = true
				""", array("varchar", municipalities, Municipality::code),
				array("varchar", municipalities, Municipality::nameFi),
				array("varchar", municipalities, Municipality::nameSv),
				array("varchar", municipalities, Municipality::nameEn),
				array("varchar", municipalities, Municipality::regionCode),
				array("varchar", municipalities, Municipality::subRegionCode));
		jdbc.update("""
				insert into catalogue_source (id, source, municipalities_source, municipalities_imported_at)
				values (1, 'demo', ?, ?)
				on conflict (id) do update set municipalities_source = excluded.municipalities_source,
				    municipalities_imported_at = excluded.municipalities_imported_at
				""", source, timestamp(importedAt));
	}

	/**
	 * Every label of a concept once: preferred before alternative before hidden, and the same text in the same
	 * language only once (ESCO repeats the preferred label among the alternative ones).
	 */
	static List<LabelRow> labels(ConceptData concept) {
		Map<String, LabelRow> labels = new LinkedHashMap<>();
		add(labels, concept, "en", PREFERRED, List.of(concept.labelEn));
		if (concept.labelFi != null && !concept.labelFi.isBlank()) {
			add(labels, concept, "fi", PREFERRED, List.of(concept.labelFi));
		}
		add(labels, concept, "en", ALTERNATIVE, concept.altEn);
		add(labels, concept, "fi", ALTERNATIVE, concept.altFi);
		add(labels, concept, "en", HIDDEN, concept.hiddenEn);
		add(labels, concept, "fi", HIDDEN, concept.hiddenFi);
		return List.copyOf(labels.values());
	}

	private static void add(Map<String, LabelRow> labels, ConceptData concept, String lang, short kind,
			Collection<String> texts) {
		for (String text : texts) {
			String label = CsvFiles.clean(text);
			if (!label.isEmpty()) {
				labels.putIfAbsent(lang + '\u0000' + label.toLowerCase(Locale.ROOT),
						new LabelRow(concept.uri, concept.type, lang, kind, label));
			}
		}
	}

	private void lock() {
		jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, LOCK);
	}

	private boolean empty(String table) {
		return Boolean.TRUE.equals(jdbc.queryForObject("select not exists (select 1 from " + table + ")",
				Boolean.class));
	}

	private static <T> List<List<T>> chunks(List<T> rows) {
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += CHUNK) {
			chunks.add(rows.subList(from, Math.min(rows.size(), from + CHUNK)));
		}
		return chunks;
	}

	/** One column of the rows as an SQL array of the given element type, for {@code unnest}. */
	private static <T> SqlArrayValue array(String type, List<T> rows, Function<T, @Nullable Object> value) {
		return new SqlArrayValue(type, rows.stream().map(value).toArray());
	}

	private static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

}
