-- Trigram indexes make substring search over the ~150,000 ESCO labels fast ("hitsa" finds "kaasuhitsaus").
create extension if not exists pg_trgm;

-- Folds a label or a search text for matching: lower case, accents removed (ä = a, é = e; Unicode decomposition,
-- then the combining marks dropped), punctuation and white space turned into single spaces so that words are
-- separated by one space; + and # are kept for names like C++ and C#. Labels and search texts are folded by this
-- same function, so they always agree. (translate() with a long accent table was ten times slower.)
create function catalogue_fold(text) returns text
    language sql immutable strict parallel safe
as $$
    select btrim(regexp_replace(
        regexp_replace(normalize(lower($1), NFD), '[\u0300-\u036f]+', '', 'g'),
        '[][(){}<>/\\|.,;:!?''"&*_%=~^`@$’‘“”«»‐‑–—\u00a0 \t\n\r-]+', ' ', 'g'))
$$;

-- ESCO occupations and skills (or the built-in demo extract, which uses the same URIs). Other modules store the URI.
-- A concept missing from a later import is kept with active = false, so that stored URIs still show a label.
create table catalogue_concept (
    uri varchar(200) primary key,
    type varchar(10) not null check (type in ('OCCUPATION', 'SKILL')),
    label_en text not null,
    label_fi text,
    isco_code varchar(4),
    skill_type varchar(40),
    active boolean not null default true
);

-- Listing and counting the active concepts of one pillar.
create index catalogue_concept_type_idx on catalogue_concept (type) where active;

-- Every label search can match: preferred (kind 0), alternative (kind 1) and hidden search keywords (kind 2), in
-- Finnish and English. The type is copied from the concept so that a search needs no join to filter by pillar.
create table catalogue_label (
    concept_uri varchar(200) not null references catalogue_concept (uri),
    type varchar(10) not null,
    lang varchar(2) not null check (lang in ('fi', 'en')),
    kind smallint not null check (kind in (0, 1, 2)),
    label text not null,
    folded text generated always as (catalogue_fold(label)) stored
);

-- Substring search ("like '%text%'") over the folded labels.
create index catalogue_label_folded_trgm_idx on catalogue_label using gin (folded gin_trgm_ops);
-- Exact and prefix matches, and resolving a typed preferred label.
create index catalogue_label_folded_prefix_idx on catalogue_label (folded text_pattern_ops);
-- Replacing the labels of a concept, and joins from concepts.
create index catalogue_label_concept_idx on catalogue_label (concept_uri);

-- Which skills ESCO lists for an occupation, essential or optional.
create table catalogue_relation (
    occupation_uri varchar(200) not null references catalogue_concept (uri),
    skill_uri varchar(200) not null references catalogue_concept (uri),
    essential boolean not null,
    primary key (occupation_uri, skill_uri)
);

-- Finding the occupations that need a skill.
create index catalogue_relation_skill_idx on catalogue_relation (skill_uri);

-- Municipalities by the Statistics Finland key; like concepts, they are kept inactive when a later key drops them.
create table catalogue_municipality (
    code char(3) primary key,
    name_fi varchar(100) not null,
    name_sv varchar(100) not null,
    name_en varchar(100) not null,
    region_code char(2) not null,
    active boolean not null default true
);

-- What the catalogue holds now: one row, written by the demo loader and by every import.
create table catalogue_source (
    id smallint primary key check (id = 1),
    source varchar(60) not null,
    imported_at timestamptz,
    municipalities_source varchar(200) not null,
    municipalities_imported_at timestamptz
);
