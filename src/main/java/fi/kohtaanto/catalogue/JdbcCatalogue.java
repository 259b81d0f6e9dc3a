package fi.kohtaanto.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The catalogue on PostgreSQL. Searching uses the folded labels ({@code catalogue_fold}: lower case, no accents, no
 * punctuation) and a trigram index; among equally good matches, labels with the accents as typed come first (so
 * "sähkö" ranks "sähkö…" before "sahko…"). Municipalities and the status are cached until the next import.
 */
@Service
class JdbcCatalogue implements Catalogue {

	/** Searches are for people choosing from a list; a larger limit is capped. */
	static final int MAX_LIMIT = 200;

	private static final Collator FINNISH = Collator.getInstance(Locale.forLanguageTag("fi"));

	private final JdbcClient jdbc;

	private final AtomicReference<@Nullable List<Municipality>> municipalities = new AtomicReference<>();

	private final AtomicReference<@Nullable CatalogueStatus> status = new AtomicReference<>();

	JdbcCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ConceptMatch> search(String text, ConceptType type, int limit) {
		String folded = fold(text);
		if (folded.length() < 2 || limit <= 0) {
			return List.of();
		}
		// Folding turns % and _ into spaces, so the folded text holds no LIKE wildcards; the backslash is escaped.
		String pattern = folded.replace("\\", "\\\\");
		return jdbc.sql("""
				select c.*, hit.label as matched_label, hit.kind as matched_kind, hit.lang as matched_lang
				from (
				    select distinct on (l.concept_uri) l.concept_uri, l.label, l.kind, l.lang,
				        case when l.folded = :folded then 0
				            when l.folded like :prefix then 1
				            when l.folded like :wordPrefix then 2
				            else 3 end as rank,
				        case when lower(l.label) like :exactChars then 0 else 1 end as accents,
				        length(l.label) as length
				    from catalogue_label l
				    where l.type = :type and l.folded like :filter
				    order by l.concept_uri, rank, l.kind, accents, length, l.label
				) hit
				join catalogue_concept c on c.uri = hit.concept_uri
				order by hit.rank, hit.kind, hit.accents, hit.length, hit.label, c.uri
				limit :limit
				""")
			.param("folded", folded)
			.param("prefix", pattern + "%")
			.param("wordPrefix", "% " + pattern + "%")
			// Two characters match only at the start of a label: as a substring they would match a quarter of ESCO
			// and could not use the trigram index.
			.param("filter", folded.length() < 3 ? pattern + "%" : "%" + pattern + "%")
			.param("exactChars", "%" + likeEscape(text.strip().toLowerCase(Locale.ROOT)) + "%")
			.param("type", type.name())
			.param("limit", Math.min(limit, MAX_LIMIT))
			.query((rs, row) -> match(rs))
			.list();
	}

	@Override
	public Optional<Concept> resolve(String text, ConceptType type) {
		if (text.isBlank()) {
			return Optional.empty();
		}
		List<Concept> found = jdbc.sql("""
				select * from catalogue_concept c
				where c.type = :type and c.active and c.uri in (
				    select l.concept_uri from catalogue_label l
				    where l.type = :type and l.kind = 0 and l.folded = catalogue_fold(:text)
				        and lower(l.label) = lower(:text))
				""")
			.param("type", type.name())
			.param("text", text.strip())
			.query((rs, row) -> concept(rs))
			.list();
		return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
	}

	@Override
	public Optional<Concept> concept(String uri) {
		return jdbc.sql("select * from catalogue_concept where uri = :uri")
			.param("uri", uri)
			.query((rs, row) -> concept(rs))
			.optional();
	}

	@Override
	public Map<String, Concept> concepts(Collection<String> uris) {
		if (uris.isEmpty()) {
			return Map.of();
		}
		Map<String, Concept> found = new LinkedHashMap<>();
		jdbc.sql("select * from catalogue_concept where uri = any(:uris)")
			.param("uris", uris.stream().distinct().toArray(String[]::new))
			.query((rs, row) -> concept(rs))
			.list()
			.forEach(concept -> found.put(concept.uri(), concept));
		return found;
	}

	@Override
	public List<String> skillsOf(String occupationUri, boolean essentialOnly) {
		return jdbc.sql("""
				select r.skill_uri from catalogue_relation r join catalogue_concept c on c.uri = r.skill_uri
				where r.occupation_uri = :uri and (r.essential or not :essentialOnly)
				order by r.essential desc, c.label_en, r.skill_uri
				""")
			.param("uri", occupationUri)
			.param("essentialOnly", essentialOnly)
			.query(String.class)
			.list();
	}

	@Override
	public List<String> occupationsWith(String skillUri, boolean essentialOnly) {
		return jdbc.sql("""
				select r.occupation_uri from catalogue_relation r join catalogue_concept c on c.uri = r.occupation_uri
				where r.skill_uri = :uri and (r.essential or not :essentialOnly)
				order by r.essential desc, c.label_en, r.occupation_uri
				""")
			.param("uri", skillUri)
			.param("essentialOnly", essentialOnly)
			.query(String.class)
			.list();
	}

	@Override
	public CatalogueGraph graph() {
		List<String> occupations = new ArrayList<>();
		List<String> iscoCodes = new ArrayList<>();
		jdbc.sql("select uri, isco_code from catalogue_concept where type = 'OCCUPATION' order by uri").query(rs -> {
			occupations.add(rs.getString(1));
			iscoCodes.add(rs.getString(2));
		});
		List<String> skills = jdbc.sql("select uri from catalogue_concept where type = 'SKILL' order by uri")
			.query(String.class)
			.list();
		List<CatalogueGraph.Relation> relations = jdbc
			.sql("select occupation_uri, skill_uri, essential from catalogue_relation order by occupation_uri, skill_uri")
			.query((rs, row) -> new CatalogueGraph.Relation(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
			.list();
		return new CatalogueGraph(occupations, iscoCodes, skills, relations);
	}

	@Override
	public List<Municipality> municipalities() {
		List<Municipality> cached = municipalities.get();
		if (cached == null) {
			cached = jdbc
				.sql("select code, name_fi, name_sv, name_en, region_code, subregion_code from catalogue_municipality where active")
				.query((rs, row) -> municipality(rs))
				.list()
				.stream()
				.sorted(Comparator.comparing(Municipality::nameFi, FINNISH).thenComparing(Municipality::code))
				.toList();
			municipalities.set(cached);
		}
		return cached;
	}

	@Override
	public Optional<Municipality> municipality(String code) {
		return jdbc
			.sql("select code, name_fi, name_sv, name_en, region_code, subregion_code from catalogue_municipality where code = :code")
			.param("code", code)
			.query((rs, row) -> municipality(rs))
			.optional();
	}

	@Override
	public CatalogueStatus status() {
		CatalogueStatus cached = status.get();
		if (cached == null) {
			cached = jdbc.sql("""
					select coalesce((select source from catalogue_source where id = 1), 'demo') as source,
					    (select imported_at from catalogue_source where id = 1) as imported_at,
					    (select count(*) from catalogue_concept where active and type = 'OCCUPATION') as occupations,
					    (select count(*) from catalogue_concept where active and type = 'SKILL') as skills,
					    (select count(*) from catalogue_label) as labels,
					    (select count(*) from catalogue_relation) as relations,
					    (select count(*) from catalogue_municipality where active) as municipalities
					""")
				.query((rs, row) -> new CatalogueStatus(rs.getString("source"), rs.getLong("occupations"),
						rs.getLong("skills"), rs.getLong("labels"), rs.getLong("relations"),
						rs.getLong("municipalities"), instant(rs.getObject("imported_at", OffsetDateTime.class))))
				.single();
			status.set(cached);
		}
		return cached;
	}

	@EventListener
	void on(CatalogueReplaced event) {
		municipalities.set(null);
		status.set(null);
	}

	/** The text folded the way labels are, by the database function that folds the labels. */
	private String fold(String text) {
		if (text.isBlank()) {
			return "";
		}
		String folded = jdbc.sql("select catalogue_fold(:text)").param("text", text).query(String.class).single();
		return folded == null ? "" : folded;
	}

	private static String likeEscape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static ConceptMatch match(ResultSet rs) throws SQLException {
		Concept concept = concept(rs);
		String matched = rs.getString("matched_label");
		if (rs.getInt("matched_kind") == 2) {
			// Hidden keywords are not labels to show; the concept was found by them under its preferred label.
			matched = "fi".equals(rs.getString("matched_lang")) && concept.labelFi() != null ? concept.labelFi()
					: concept.labelEn();
		}
		return new ConceptMatch(concept, matched);
	}

	private static Concept concept(ResultSet rs) throws SQLException {
		return new Concept(rs.getString("uri"), ConceptType.valueOf(rs.getString("type")), rs.getString("label_en"),
				rs.getString("label_fi"), rs.getString("isco_code"), rs.getString("skill_type"));
	}

	private static Municipality municipality(ResultSet rs) throws SQLException {
		return new Municipality(rs.getString("code"), rs.getString("name_fi"), rs.getString("name_sv"),
				rs.getString("name_en"), rs.getString("region_code"), rs.getString("subregion_code"));
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

}
