/**
 * Loading the catalogue: the built-in demo data, and imports of the ESCO CSV download and the Statistics Finland
 * municipality key from the reference data directory. Internal to the catalogue module.
 */
@NullMarked
package fi.kohtaanto.catalogue.importer;

import org.jspecify.annotations.NullMarked;
