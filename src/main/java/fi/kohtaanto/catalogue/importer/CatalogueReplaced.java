package fi.kohtaanto.catalogue.importer;

/**
 * Published inside the catalogue module after reference data has been replaced, so that cached data is dropped.
 */
public record CatalogueReplaced() {
}
