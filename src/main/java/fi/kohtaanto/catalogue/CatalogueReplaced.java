package fi.kohtaanto.catalogue;

/**
 * Published after the reference data has been replaced by an import, so that caches and indexes built from it are
 * rebuilt.
 */
public record CatalogueReplaced() {
}
